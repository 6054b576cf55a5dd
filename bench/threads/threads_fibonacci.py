# The seed articles' Fibonacci loop (big integers), run 1, 2, 4, 8 times serially and in as many threads.
from _harness import serial_vs_threads


def fibonacci():
    a, b = 0, 1
    for i in range(20000):
        a, b = b, a + b


rows = serial_vs_threads(fibonacci)
print("SPEEDUP", " ".join("%d:%.2f" % (n, s / t) for n, s, t in rows))
