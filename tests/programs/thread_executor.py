from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED
import threading
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futures = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futures)))
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.done(), f.exception())
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("future raised", e)
    print(type(bad.exception()).__name__)
    done, pending = wait([ex.submit(square, 3) for _ in range(3)], return_when=ALL_COMPLETED)
    print(len(done), len(pending))
    print(list(ex.map(lambda a, b: a + b, [1, 2], [10, 20])))
results = []
lock = threading.Lock()
def task(i):
    with lock:
        results.append(i)
    return i
with ThreadPoolExecutor(3) as ex:
    fs = {ex.submit(task, i): i for i in range(20)}
    total = sum(f.result() for f in as_completed(fs))
print(total, sorted(results) == list(range(20)))
callbacks = []
with ThreadPoolExecutor(2) as ex:
    fut = ex.submit(square, 7)
    fut.add_done_callback(lambda f: callbacks.append(f.result()))
print(callbacks)
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
