#!/usr/bin/env python3
"""Runs the thread and process benchmarks (bench/threads, bench/processes) under Skein, Skein with a
GIL (-X gil=1) and CPython, side by side; prints a Markdown table of median times and speedups.

Usage: python3 bench/concurrency.py [--runs N]   (from the repository root)
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INTERPRETERS = [("Skein", [os.path.join(ROOT, "skein")]), ("Skein -X gil=1", [os.path.join(ROOT, "skein"), "-X", "gil=1"]),
                ("CPython", [sys.executable])]
SCRIPTS = [("threads", "threads_countdown.py"), ("threads", "threads_fibonacci.py"), ("threads", "threads_misc.py"),
           ("processes", "processes_misc.py")]


def run(cmd, folder, script):
    proc = subprocess.run(cmd + [script], cwd=os.path.join(ROOT, "bench", folder), capture_output=True, text=True, timeout=600)
    values = {}
    for line in proc.stdout.splitlines():
        if line.startswith("TIME "):
            _, label, seconds = line.split()
            values[label] = float(seconds)
        elif line.startswith("SPEEDUP "):
            for item in line.split()[1:]:
                n, s = item.split(":")
                values["%s speedup n=%s" % (script[:-3], n)] = float(s)
    return values


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    subprocess.run([os.path.join(ROOT, "skein"), "-c", "pass"], cwd=ROOT)
    table = {}
    for folder, script in SCRIPTS:
        for name, cmd in INTERPRETERS:
            samples = {}
            for _ in range(args.runs):
                for label, v in run(cmd, folder, script).items():
                    samples.setdefault(label, []).append(v)
            for label, vs in samples.items():
                table.setdefault(label, {})[name] = statistics.median(vs)
    names = [n for n, _ in INTERPRETERS]
    print("| measurement | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for label, row in table.items():
        unit = "" if "speedup" in label else " s"
        print("| %s | %s |" % (label, " | ".join(("%.2f" % row[n] + unit) if n in row else "–" for n in names)))


if __name__ == "__main__":
    main()
