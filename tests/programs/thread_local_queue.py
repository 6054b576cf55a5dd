import threading, queue
local = threading.local()
local.value = "main"
out = []
lk = threading.Lock()
def worker(i):
    local.value = f"worker{i}"
    with lk:
        out.append((i, local.value, hasattr(local, "value")))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), local.value)
def no_attr():
    out.append(hasattr(local, "value"))
t = threading.Thread(target=no_attr); t.start(); t.join()
print(out[-1])
q = queue.Queue()
N_PRODUCERS, PER = 4, 250
def producer(base):
    for i in range(PER):
        q.put(base + i)
total = [0]
count = [0]
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        total[0] += item
        count[0] += 1
        q.task_done()
cons = threading.Thread(target=consumer)
cons.start()
prods = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(N_PRODUCERS)]
for p in prods: p.start()
for p in prods: p.join()
q.put(None)
q.join()
cons.join()
print(count[0], total[0])
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for v in [(3, "c"), (1, "a"), (2, "b")]: pq.put(v)
print([pq.get()[1] for _ in range(3)], pq.empty(), pq.qsize())
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, block=False)
except queue.Full:
    print("Full")
print(bq.full(), bq.get_nowait())
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())
