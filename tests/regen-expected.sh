#!/usr/bin/env bash
# Regenerates the expected outputs of the conformance programs with the reference CPython (python3).
#   tests/regen-expected.sh            # every program
#   tests/regen-expected.sh 'int_*'    # only programs whose file name matches the glob
# For each top-level tests/programs/*.py whose name does not start with '_':
#   <name>.expected        CPython's stdout
#   <name>.expected_error  only when CPython exits non-zero: "exit N" and the last non-empty line of stderr
# Programs run with their folder as cwd, PYTHONHASHSEED=0, a 30 s timeout and stdin from /dev/null.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir="$here/programs"
glob="${1:-*}"
py="${PYTHON:-python3}"
cd "$dir" || exit 2
shopt -s nullglob
count=0
failed=0
for f in $glob; do
    f="${f%.py}.py"
    [ -f "$f" ] || continue
    case "$f" in _*) continue ;; esac
    name="${f%.py}"
    err=$(mktemp)
    PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 timeout 30 "$py" "$f" </dev/null >"$name.expected" 2>"$err"
    rc=$?
    if [ "$rc" -ne 0 ]; then
        if [ "$rc" -eq 124 ]; then
            echo "TIMEOUT: $f" >&2
            failed=$((failed + 1))
        fi
        last=$(grep -v '^[[:space:]]*$' "$err" | tail -n 1)
        printf 'exit %s\n%s\n' "$rc" "$last" >"$name.expected_error"
    else
        rm -f "$name.expected_error"
    fi
    rm -f "$err"
    count=$((count + 1))
done
echo "regenerated $count program(s)" >&2
[ "$failed" -eq 0 ]
