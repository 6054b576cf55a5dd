import threading
captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="failing")
t.start()
t.join()
print(captured)
threading.excepthook = threading.__excepthook__
ev = threading.Event()
def slow():
    ev.wait(5)
s = threading.Thread(target=slow)
s.start()
s.join(timeout=0.01)
print(s.is_alive())
ev.set()
s.join()
print(s.is_alive())
try:
    threading.Thread(target=None).join()
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
res = []
def nested():
    inner = threading.Thread(target=lambda: res.append("inner"))
    inner.start()
    inner.join()
    res.append("outer")
o = threading.Thread(target=nested)
o.start(); o.join()
print(res)
print(type(threading.enumerate()).__name__, threading.main_thread() in threading.enumerate())
