"""Shared by the thread benchmarks: times f serially n times and in n threads; prints speedup ratios only
(absolute times go to stderr), so the output is comparable across interpreters."""
import sys
import threading
import time


def serial_vs_threads(func, counts=(1, 2, 4, 8)):
    rows = []
    for n in counts:
        start = time.perf_counter()
        for _ in range(n):
            func()
        serial = time.perf_counter() - start
        threads = [threading.Thread(target=func) for _ in range(n)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        threaded = time.perf_counter() - start
        rows.append((n, serial, threaded))
        print("n=%d serial %.3fs threads %.3fs speedup %.2f" % (n, serial, threaded, serial / threaded), file=sys.stderr)
    return rows
