# 8 threads x 100,000 list.append on one list: nothing lost, nothing duplicated.
import threading

N_THREADS, N = 8, 100_000
shared = []


def work(tid):
    append = shared.append
    for i in range(N):
        append(tid * N + i)


threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(set(shared)), sum(shared) == sum(range(N_THREADS * N)))
