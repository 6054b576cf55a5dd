# Concurrent dict writes (disjoint and overlapping keys), set.add and deque append/popleft.
import threading
from collections import deque

N_THREADS, N = 4, 50_000
d_disjoint = {}
d_shared = {}
s = set()
dq = deque()
popped = []
lock = threading.Lock()


def writer(tid):
    for i in range(N):
        d_disjoint[(tid, i)] = i
        d_shared[i % 1000] = tid
        s.add(i)
        dq.append(i)


def popper():
    got = 0
    while got < N:
        try:
            dq.popleft()
            got += 1
        except IndexError:
            pass
    with lock:
        popped.append(got)


threads = [threading.Thread(target=writer, args=(t,)) for t in range(N_THREADS)]
poppers = [threading.Thread(target=popper) for _ in range(2)]
for t in threads + poppers:
    t.start()
for t in threads + poppers:
    t.join()
print(len(d_disjoint), sum(d_disjoint.values()) == N_THREADS * sum(range(N)))
print(len(d_shared), all(v in range(N_THREADS) for v in d_shared.values()))
print(len(s), len(dq) + sum(popped) == N_THREADS * N, sorted(popped))
