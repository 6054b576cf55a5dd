from concurrent.futures import ThreadPoolExecutor
import threading
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(fib, range(20))))
    print(sorted(ex.map(lambda s: s.upper(), ["b", "a", "c"])))
    futs = [ex.submit(fib, n) for n in (10, 15, 5)]
    print([f.result() for f in futs])
lock = threading.Lock()
counter = {"n": 0}
def bump(_):
    for _ in range(1000):
        with lock:
            counter["n"] += 1
with ThreadPoolExecutor(8) as ex:
    list(ex.map(bump, range(16)))
print(counter["n"])
def chunked_sum(chunk):
    return sum(chunk)
data = list(range(100_000))
chunks = [data[i:i + 10_000] for i in range(0, len(data), 10_000)]
with ThreadPoolExecutor(4) as ex:
    print(sum(ex.map(chunked_sum, chunks)), sum(data))
with ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [1, 0, 2])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        out.append(f"error: {e}")
print(out)
