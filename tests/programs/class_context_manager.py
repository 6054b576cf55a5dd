class Tracker:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return exc_type is not None and issubclass(exc_type, self.swallow)
with Tracker("ok") as t:
    print("inside", t.name)
with Tracker("swallow", (KeyError,)):
    raise KeyError("gone")
try:
    with Tracker("outer", (ValueError,)):
        with Tracker("inner", (KeyError,)):
            raise ValueError("to outer")
except ValueError:
    print("not reached")
print("after nested")
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with EnterFails():
        print("body must not run")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("exit raised")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
def gen_return():
    with Tracker("in function"):
        return "returned value"
print(gen_return())
for i in range(3):
    with Tracker(f"loop {i}"):
        if i == 1:
            break
