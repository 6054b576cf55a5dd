import threading
shared = {}
lock = threading.Lock()
def writer(tid):
    for i in range(500):
        with lock:
            shared[(tid, i)] = tid * i
threads = [threading.Thread(target=writer, args=(t,)) for t in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared), sum(shared.values()))
lst = []
def appender(n):
    for i in range(n):
        lst.append(i)
ts = [threading.Thread(target=appender, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), sum(lst))
rlock = threading.RLock()
depth = []
def recursive(n):
    with rlock:
        if n:
            recursive(n - 1)
        else:
            depth.append("bottom")
rt = [threading.Thread(target=recursive, args=(5,)) for _ in range(3)]
for t in rt: t.start()
for t in rt: t.join()
print(depth)
results = [None] * 8
def compute(i):
    results[i] = sum(range(i * 1000))
ct = [threading.Thread(target=compute, args=(i,)) for i in range(8)]
for t in ct: t.start()
for t in ct: t.join()
print(results)
