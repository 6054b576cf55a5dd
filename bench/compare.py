#!/usr/bin/env python3
"""Times each benchmark program under Skein and CPython side by side and writes docs/performance.md.

Usage: python3 bench/compare.py [--runs N] [--only NAME...] [--no-write]
Each program runs N times per interpreter, alternating interpreters; the table shows median wall
times and the ratio Skein/CPython (below 1.0 means Skein is faster). Outputs must match, or the row
is marked as wrong. Run from the repository root.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")


def run(cmd, path, timeout):
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        return None, (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
    return elapsed, proc.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()

    skein = [os.path.join(ROOT, "skein")]
    cpython = [sys.executable]
    subprocess.run(skein + ["-c", "pass"], cwd=ROOT)  # build once, outside the timings
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.only:
        names = [n for n in names if n in args.only]
    rows = []
    for name in names:
        path = os.path.join(PROGRAMS, name + ".py")
        times = {"skein": [], "cpython": []}
        outputs = {}
        error = None
        for _ in range(args.runs):
            for label, cmd in (("cpython", cpython), ("skein", skein)):
                t, out = run(cmd, path, args.timeout)
                if t is None:
                    error = "%s: %s" % (label, out)
                    break
                times[label].append(t)
                outputs[label] = out
            if error:
                break
        if error:
            rows.append((name, None, None, None, error))
        else:
            s = statistics.median(times["skein"])
            c = statistics.median(times["cpython"])
            note = "" if outputs["skein"] == outputs["cpython"] else "output differs"
            rows.append((name, s, c, s / c, note))
        r = rows[-1]
        print("%-16s %s" % (name, "ERROR " + r[4] if r[1] is None else "skein %.3fs  cpython %.3fs  ratio %.2f %s" % r[1:]), flush=True)

    if args.no_write:
        return
    lines = [
        "# Performance",
        "",
        "Wall time of whole programs (start-up included), median of %d runs each, Skein and CPython %s" % (args.runs, sys.version.split()[0]),
        "alternating on the same machine (2 cores, noisy: read the ratios, not the seconds).",
        "Ratio = Skein / CPython: below 1.00 Skein is faster.",
        "",
        "Produced by: `python3 bench/compare.py --runs %d`" % args.runs,
        "",
        "| benchmark | Skein (s) | CPython (s) | ratio | note |",
        "|---|---:|---:|---:|---|",
    ]
    for name, s, c, ratio, note in rows:
        if s is None:
            lines.append("| %s | – | – | – | %s |" % (name, note))
        else:
            lines.append("| %s | %.3f | %.3f | %.2f | %s |" % (name, s, c, ratio, note))
    with open(os.path.join(ROOT, "docs", "performance.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
