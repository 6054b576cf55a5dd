import threading
results = {}
def work(name, n):
    results[name] = sum(range(n))
threads = [threading.Thread(target=work, args=(f"t{i}", 1000 * (i + 1))) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(all(not t.is_alive() for t in threads))
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = [i * i for i in range(self.n)]
w = Worker(5)
w.start()
w.join()
print(w.result)
t = threading.Thread(target=lambda: None, name="custom-name")
print(t.name, t.daemon, t.is_alive())
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print(e)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
kw = {}
th = threading.Thread(target=lambda **k: kw.update(k), kwargs={"a": 1})
th.start(); th.join()
print(kw)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start(); d.join()
print(threading.active_count() >= 1, isinstance(threading.get_ident(), int))
names = []
def record():
    names.append(threading.current_thread().name)
ts = [threading.Thread(target=record, name=f"worker-{i}") for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
print(sorted(names))
