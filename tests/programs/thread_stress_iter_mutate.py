# Iterating a dict, a list and a set while another thread mutates them: only CPython's RuntimeError may
# appear (never a crash or another error), and every object stays consistent.
import threading

d = {i: i for i in range(1000)}
lst = list(range(1000))
st = set(range(1000))
errors = set()
stop = threading.Event()


def mutator():
    i = 1000
    while not stop.is_set():
        d[i] = i
        del d[i - 1000]
        lst.append(i)
        lst.pop(0)
        st.add(i)
        st.discard(i - 1000)
        i += 1


def reader():
    for _ in range(300):
        for container in (d, lst, st):
            try:
                for x in container:
                    pass
            except RuntimeError as e:
                errors.add(str(e))
            except Exception as e:
                errors.add("UNEXPECTED " + type(e).__name__)


m = threading.Thread(target=mutator)
rs = [threading.Thread(target=reader) for _ in range(2)]
m.start()
for r in rs:
    r.start()
for r in rs:
    r.join()
stop.set()
m.join()
allowed = {"dictionary changed size during iteration", "Set changed size during iteration",
           "dictionary keys changed during iteration"}
print("only allowed errors:", errors <= allowed)
print(len(d), len(lst), len(st))
