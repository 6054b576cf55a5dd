#!/usr/bin/env python3
"""Measures what the thread-safety machinery costs single-threaded code: builds Skein twice (normal, and with
-p:SkeinUnsafeNoLocks=true, where the containers' per-object locks and store fences do nothing), runs every
bench/programs/*.py under both, alternating, and prints a Markdown table of median CPU times (user + system of
the whole process) and the cost: normal / no-locks - 1, from the medians and from the minimums (the least
disturbed runs on a shared machine).

Usage: python3 bench/thread_safety_cost.py [--runs N] [--no-build]   (from the repository root)
The builds go to .build/locks and .build/nolocks (Release, ReadyToRun, as ./skein).
"""
import argparse
import math
import os
import platform
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
VARIANTS = [("locks", []), ("nolocks", ["-p:SkeinUnsafeNoLocks=true"])]


def build(name, extra):
    rid = "linux-arm64" if platform.machine() in ("aarch64", "arm64") else "linux-x64"
    out = os.path.join(ROOT, ".build", name)
    subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "Skein.Cli", "Skein.Cli.csproj"), "-c", "Release",
                    "-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", out, "-nologo", "-v", "q",
                    "-clp:ErrorsOnly"] + extra, check=True)


def cpu_time(binary, program):
    """User + system seconds of one run, and its output."""
    proc = subprocess.Popen([binary, program], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit("%s failed on %s" % (binary, program))
    return usage.ru_utime + usage.ru_stime, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        for name, extra in VARIANTS:
            build(name, extra)
    binaries = {name: os.path.join(ROOT, ".build", name, "Skein.Cli") for name, _ in VARIANTS}
    print("| benchmark | CPU s, normal | CPU s, no locks | cost (medians) | cost (minimums) |")
    print("|---|---:|---:|---:|---:|")
    ratios = {"median": [], "min": []}
    for program in sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py")):
        samples = {name: [] for name in binaries}
        outputs = set()
        for run in range(args.runs):
            # Alternate which variant goes first, so neither always runs on a cooler or warmer machine.
            for name in sorted(binaries, reverse=run % 2 == 1):
                seconds, out = cpu_time(binaries[name], os.path.join(PROGRAMS, program))
                samples[name].append(seconds)
                outputs.add(out)
        costs = []
        for stat, f in (("median", statistics.median), ("min", min)):
            ratio = f(samples["locks"]) / f(samples["nolocks"])
            ratios[stat].append(ratio)
            costs.append("%+.1f%%" % ((ratio - 1) * 100))
        note = "" if len(outputs) == 1 else " (outputs differ!)"
        print("| %s | %.3f | %.3f | %s | %s%s |" % (program[:-3], statistics.median(samples["locks"]),
                                                 statistics.median(samples["nolocks"]), costs[0], costs[1], note))
    overall = ["%+.1f%%" % ((math.exp(sum(map(math.log, r)) / len(r)) - 1) * 100) for r in ratios.values()]
    print("| **overall (geometric mean)** | | | **%s** | **%s** |" % tuple(overall))


if __name__ == "__main__":
    main()
