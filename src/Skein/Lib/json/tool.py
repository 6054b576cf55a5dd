r"""Command-line tool to validate and pretty-print JSON

Usage::

    $ echo '{"json":"obj"}' | python -m json.tool
    {
        "json": "obj"
    }
"""
import json
import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    sort_keys = '--sort-keys' in args
    ensure_ascii = '--no-ensure-ascii' not in args
    indent = 4
    if '--compact' in args:
        indent = None
    elif '--tab' in args:
        indent = '\t'
    elif '--no-indent' in args:
        indent = None
    json_lines = '--json-lines' in args
    files = [a for a in args if not a.startswith('--')]
    infile = open(files[0], encoding='utf-8') if files else sys.stdin
    outfile = open(files[1], 'w', encoding='utf-8') if len(files) > 1 else sys.stdout
    separators = (',', ':') if '--compact' in args else None
    try:
        with infile:
            if json_lines:
                objs = [json.loads(line) for line in infile]
            else:
                objs = [json.load(infile)]
        for obj in objs:
            json.dump(obj, outfile, sort_keys=sort_keys, indent=indent,
                      ensure_ascii=ensure_ascii, separators=separators)
            outfile.write('\n')
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if outfile is not sys.stdout:
            outfile.close()


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
