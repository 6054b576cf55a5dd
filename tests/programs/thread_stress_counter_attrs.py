# A lock-protected counter and attribute writes on one shared instance from 8 threads.
import threading


class Box:
    pass


box = Box()
counter = [0]
lock = threading.Lock()
N_THREADS, N = 8, 20_000


def work(tid):
    for i in range(N):
        with lock:
            counter[0] += 1
        setattr(box, "t%d" % tid, i)
        box.last = tid


threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter[0], sorted(k for k in vars(box) if k.startswith("t")), all(getattr(box, "t%d" % t) == N - 1 for t in range(N_THREADS)))
print(box.last in range(N_THREADS))
