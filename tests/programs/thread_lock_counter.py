import threading
counter = 0
lock = threading.Lock()
def inc():
    global counter
    for _ in range(10_000):
        with lock:
            counter += 1
threads = [threading.Thread(target=inc) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(counter)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
items = []
ilock = threading.Lock()
def append_many(tag):
    for i in range(1000):
        with ilock:
            items.append((tag, i))
ts = [threading.Thread(target=append_many, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(items), sorted({tag for tag, _ in items}))
print(lock.acquire(timeout=0.1))
lock.release()
