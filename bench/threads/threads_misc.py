# Lock-contended counter, queue producer/consumer, ThreadPoolExecutor.map over small tasks, thread start+join.
import queue
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def timed(label, f):
    start = time.perf_counter()
    result = f()
    elapsed = time.perf_counter() - start
    print("TIME %s %.4f" % (label, elapsed))
    return result


def contended_counter():
    lock = threading.Lock()
    counter = [0]

    def work():
        for _ in range(50_000):
            with lock:
                counter[0] += 1
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counter[0] == 200_000


def producer_consumer():
    q = queue.Queue(maxsize=1000)
    total = [0]

    def produce():
        for i in range(50_000):
            q.put(i)
        q.put(None)

    def consume():
        while (x := q.get()) is not None:
            total[0] += x
    p = threading.Thread(target=produce)
    c = threading.Thread(target=consume)
    p.start()
    c.start()
    p.join()
    c.join()
    assert total[0] == sum(range(50_000))


def pool_map():
    with ThreadPoolExecutor(max_workers=4) as ex:
        assert sum(ex.map(lambda x: x * 2, range(10_000))) == 2 * sum(range(10_000))


def start_join():
    for _ in range(500):
        t = threading.Thread(target=lambda: None)
        t.start()
        t.join()


timed("lock_counter_4x50k", contended_counter)
timed("queue_50k_items", producer_consumer)
timed("threadpool_map_10k", pool_map)
timed("thread_start_join_500", start_join)
