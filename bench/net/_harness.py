"""Shared by the networking benchmarks: every measurement is one line on stdout, `RATE label value` (per
second, higher is better) or `TIME label seconds` (lower is better), which bench/net.py collects."""
import time


def rate(label, count, func):
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    print("RATE %s %.1f" % (label, count / elapsed), flush=True)


def timed(label, func):
    start = time.perf_counter()
    func()
    print("TIME %s %.4f" % (label, time.perf_counter() - start), flush=True)
