# A BaseManager subclass sharing a custom class: AutoProxy and explicit exposed methods, method_to_typeid,
# exceptions re-raised in the caller (RemoteError for failures of the server), an initializer, connect()
# with the right and a wrong authkey, state errors, and proxies used by child processes.
import multiprocessing
import threading
from multiprocessing import managers
from multiprocessing.managers import BaseManager, BaseProxy, RemoteError


class CounterError(Exception):
    def __init__(self, message, value):
        super().__init__(message, value)
        self.value = value


class Unshareable:
    def __reduce__(self):
        raise TypeError("Unshareable objects stay in the server")


_counter_lock = threading.Lock()


class Counter:
    def __init__(self, start=0):
        if not isinstance(start, int):
            raise TypeError("start must be an int, not %s" % type(start).__name__)
        self._n = start

    def incr(self, k=1):
        with _counter_lock:
            self._n += k
            return self._n

    def get(self):
        return self._n

    def fail(self):
        raise ValueError("bad value %d" % self._n)

    def custom_fail(self):
        raise CounterError("counter broke", self._n)

    def scaled(self, factor):
        return Counter(self._n * factor)

    def unpicklable(self):
        return Unshareable()

    def _private(self):
        return "secret"


class CounterProxy(BaseProxy):
    _exposed_ = ("incr", "get")

    def incr(self, k=1):
        return self._callmethod("incr", (k,))

    def get(self):
        return self._callmethod("get")

    @property
    def value(self):
        return self.get()


_config = {}


def configure(mode):
    _config["mode"] = mode


def get_config():
    return _config


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter, method_to_typeid={"scaled": "CounterRef"})
# The type of objects that methods return (callable None: the server shares the returned object itself).
CounterManager.register("CounterRef", create_method=False)
CounterManager.register("Typed", Counter, CounterProxy)
CounterManager.register("Limited", Counter, exposed=("get",))
CounterManager.register("config", get_config, managers.DictProxy)
CounterManager.register("Hidden", Counter, create_method=False)


def bump(c, n):
    for _ in range(n):
        c.incr()


def show_error(label, call):
    try:
        call()
    except RemoteError as e:
        # The server's traceback names its files: show only the final line.
        print(label, "RemoteError:", str(e).strip("-\n").splitlines()[-1])
    except Exception as e:
        print(label, type(e).__name__, e)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    print("registries:", "Counter" in BaseManager._registry, sorted(CounterManager._registry))
    print("create methods:", hasattr(CounterManager, "Counter"), hasattr(CounterManager, "Hidden"))
    m = CounterManager(authkey=b"secret key", ctx=ctx)
    show_error("shutdown before start:", lambda: m.shutdown())
    m.start(configure, initargs=("slow",))
    print("started")
    with m:
        c = m.Counter(5)
        print("auto proxy:", type(c).__name__, sorted(c._exposed_))
        print("incr:", c.incr(), c.incr(k=10), c.get())
        procs = [ctx.Process(target=bump, args=(c, 25)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("after children:", c.get(), [p.exitcode for p in procs])

        show_error("fail:", c.fail)
        try:
            c.custom_fail()
        except CounterError as e:
            print("custom:", type(e) is CounterError, e.args, e.value)
        show_error("bad constructor:", lambda: m.Counter("x"))
        show_error("unexposed:", lambda: c._callmethod("_private"))
        show_error("missing attribute:", lambda: c._private)
        show_error("unpicklable result:", c.unpicklable)
        print("still works:", c.get())

        scaled = c.scaled(2)
        print("method_to_typeid:", type(scaled).__name__, scaled.get(), scaled.incr())

        t = m.Typed(1)
        print("typed:", type(t).__name__, t.incr(2), t.value)
        show_error("typed unexposed:", lambda: t._callmethod("fail"))
        limited = m.Limited(3)
        print("limited:", type(limited).__name__, limited.get(), hasattr(limited, "incr"))
        show_error("limited incr:", lambda: limited._callmethod("incr"))
        print("getvalue:", type(limited._getvalue()).__name__, limited._getvalue().get())

        cfg = m.config()
        print("initializer:", cfg["mode"])
        cfg["mode"] = "fast"
        print("config:", type(cfg).__name__, m.config().copy())

        other = CounterManager(address=m.address, authkey=b"secret key")
        other.connect()
        print("connected:", other.Counter(7).incr())
        intruder = CounterManager(address=m.address, authkey=b"wrong key")
        show_error("wrong authkey:", intruder.connect)
        show_error("start twice:", m.start)
        show_error("get_server after start:", m.get_server)
    print("children:", multiprocessing.active_children())
    show_error("start after shutdown:", m.start)
    m.join()
    print("done")
