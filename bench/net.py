#!/usr/bin/env python3
"""Runs the networking and asyncio benchmarks (bench/net) under Skein and CPython, side by side; prints a
Markdown table of medians (rates in operations per second: higher is better; times in seconds: lower is better)
and Skein's speed relative to CPython's (above 1: Skein is faster).

Usage: python3 bench/net.py [--runs N] [--skein CMD]   (from the repository root)
  --skein 'dotnet src/Skein.Cli/bin/Debug/net10.0/Skein.Cli.dll' measures a Debug build while developing;
  the published table is taken with the Release launcher ./skein (the default).
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = ["net_echo.py", "net_http.py", "net_gather.py"]


def run(cmd, script):
    proc = subprocess.run(cmd + [script], cwd=os.path.join(ROOT, "bench", "net"), capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        sys.stderr.write("%s %s failed:\n%s" % (" ".join(cmd), script, proc.stderr))
    values = {}
    for line in proc.stdout.splitlines():
        kind, label, value = line.split()
        values[label] = (kind, float(value))
    return values


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skein", default=os.path.join(ROOT, "skein"))
    args = parser.parse_args()
    interpreters = [("Skein", shlex.split(args.skein)), ("CPython", [sys.executable])]
    subprocess.run(interpreters[0][1] + ["-c", "pass"], cwd=ROOT)
    table, kinds = {}, {}
    for script in SCRIPTS:
        for name, cmd in interpreters:
            samples = {}
            for _ in range(args.runs):
                for label, (kind, v) in run(cmd, script).items():
                    samples.setdefault(label, []).append(v)
                    kinds[label] = kind
            for label, vs in samples.items():
                table.setdefault(label, {})[name] = statistics.median(vs)
    names = [n for n, _ in interpreters]
    print("| measurement | " + " | ".join(names) + " | Skein speed / CPython speed |")
    print("|---|" + "---:|" * (len(names) + 1))
    for label, row in table.items():
        rate = kinds[label] == "RATE"
        cell = (lambda v: "%.0f/s" % v) if rate else (lambda v: "%.2f s" % v)
        speedup = (row["Skein"] / row["CPython"] if rate else row["CPython"] / row["Skein"]) if len(row) == 2 else None
        ratio = "%.2f" % speedup if speedup else "–"
        print("| %s | %s | %s |" % (label, " | ".join(cell(row[n]) if n in row else "–" for n in names), ratio))


if __name__ == "__main__":
    main()
