# The seed articles' countdown, run 1, 2, 4, 8 times serially and in as many threads.
from _harness import serial_vs_threads


def countdown(n=1_000_000):
    while n > 0:
        n -= 1


rows = serial_vs_threads(countdown)
print("SPEEDUP", " ".join("%d:%.2f" % (n, s / t) for n, s, t in rows))
