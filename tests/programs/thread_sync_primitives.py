import threading
cond = threading.Condition()
ready = []
consumed = []
def consumer():
    with cond:
        while not ready:
            cond.wait()
        consumed.append(ready.pop())
t = threading.Thread(target=consumer)
t.start()
with cond:
    ready.append("item")
    cond.notify()
t.join()
print(consumed)
ev = threading.Event()
seen = []
def waiter(i):
    ev.wait()
    seen.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws: w.start()
print(ev.is_set())
ev.set()
for w in ws: w.join()
print(sorted(seen), ev.is_set(), ev.wait(0))
ev.clear()
print(ev.is_set(), ev.wait(0.01))
sem = threading.Semaphore(2)
active = 0
peak = 0
mlock = threading.Lock()
def limited():
    global active, peak
    with sem:
        with mlock:
            active += 1
            peak = max(peak, active)
        for _ in range(1000):
            pass
        with mlock:
            active -= 1
ls = [threading.Thread(target=limited) for _ in range(6)]
for x in ls: x.start()
for x in ls: x.join()
print(peak <= 2, active)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
barrier = threading.Barrier(3)
order = []
olock = threading.Lock()
def phase(i):
    with olock:
        order.append(("before", i))
    barrier.wait()
    with olock:
        order.append(("after", i))
bt = [threading.Thread(target=phase, args=(i,)) for i in range(3)]
for x in bt: x.start()
for x in bt: x.join()
print(all(o[0] == "before" for o in order[:3]), all(o[0] == "after" for o in order[3:]), barrier.parties, barrier.n_waiting)
c2 = threading.Condition()
flag = []
def setter():
    with c2:
        flag.append(1)
        c2.notify_all()
with c2:
    st = threading.Thread(target=setter)
    st.start()
    print(c2.wait_for(lambda: flag, timeout=5))
st.join()
timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append("fired"))
tm.start(); tm.join()
print(timer_hits)
