# _queue.SimpleQueue (queue.SimpleQueue) and _thread lock timeouts: results, errors and subclassing.
import _queue
import queue
import threading
import time

print(queue.Empty is _queue.Empty, queue.SimpleQueue is _queue.SimpleQueue)
print(queue.Empty, queue.SimpleQueue, _queue.Empty.__mro__)
print(queue.SimpleQueue.__doc__)
print(queue.SimpleQueue[int])

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put(2, False)
q.put(3, block=True, timeout=5)
q.put_nowait(4)
print(q.empty(), q.qsize())
print(q.get(), q.get(False), q.get(timeout=1), q.get_nowait(), q.empty())

for call in (lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(False, -1), lambda: q.get(block=False, timeout=3)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))

start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("timed out after the timeout:", time.monotonic() - start >= 0.04)

for bad in (lambda: q.get(timeout=-1), lambda: q.get(True, -0.5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

for bad in (lambda: queue.SimpleQueue(1), lambda: queue.SimpleQueue(x=1), lambda: q.put(), lambda: q.get_nowait(1),
            lambda: q.put(1, 2, 3, 4), lambda: q.get(x=1), lambda: q.put(1, x=2), lambda: q.get(1, 2, 3),
            lambda: q.empty(1), lambda: q.qsize(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Tagged(queue.SimpleQueue):
    def __init__(self, tag):
        self.tag = tag

    def put(self, item, block=True, timeout=None):
        super().put((self.tag, item))


t = Tagged("a")
t.put(1)
print(t.tag, t.get(), isinstance(t, queue.SimpleQueue), type(t).__mro__[1])


class Plain(queue.SimpleQueue):
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)

# Many producers, one consumer blocked in get: nothing is lost or duplicated.
q = queue.SimpleQueue()


def produce(base):
    for i in range(2000):
        q.put(base + i)


threads = [threading.Thread(target=produce, args=(k * 10000,)) for k in range(4)]
for th in threads:
    th.start()
seen = [q.get() for _ in range(8000)]
for th in threads:
    th.join()
print(len(seen), len(set(seen)), sum(seen), q.empty())

# A consumer sleeping in get wakes for a later put.
result = []
consumer = threading.Thread(target=lambda: result.append(q.get(timeout=10)))
consumer.start()
time.sleep(0.05)
q.put("late")
consumer.join()
print(result)

# Lock timeouts return False (no exception); a released lock is taken by a waiter.
lock = threading.Lock()
print(lock.acquire(), lock.acquire(timeout=0.02), lock.acquire(False), lock.acquire(True, 0), lock.locked())
got = []
waiter = threading.Thread(target=lambda: got.append(lock.acquire(timeout=10)))
waiter.start()
time.sleep(0.05)
lock.release()
waiter.join()
print(got, lock.locked())
lock.release()
for bad, exc in ((lambda: lock.release(), RuntimeError), (lambda: lock.acquire(False, 1), ValueError),
                 (lambda: lock.acquire(timeout=-2), ValueError), (lambda: lock.acquire(timeout=1e300), OverflowError),
                 (lambda: lock.acquire(timeout=1e10), OverflowError), (lambda: lock.acquire(timeout=float("nan")), ValueError),
                 (lambda: q.get(timeout=float("nan")), ValueError)):
    try:
        bad()
    except exc as e:
        print(type(e).__name__, e)

rlock = threading.RLock()
print(rlock.acquire(), rlock.acquire(timeout=0.01), rlock._recursion_count())
other = []
th = threading.Thread(target=lambda: other.append(rlock.acquire(timeout=0.02)))
th.start()
th.join()
print(other)
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError", e)

# Conditions over a plain lock know whether it is held.
cond = threading.Condition(threading.Lock())
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
with cond:
    cond.notify()
    print(cond.wait(0.01))
print(threading.Event().wait(0.01), threading.Semaphore(0).acquire(timeout=0.01))
