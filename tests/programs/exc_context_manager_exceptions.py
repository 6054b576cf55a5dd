import contextlib
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        return True
def f():
    with Suppress():
        return "returned normally"
print(f())
def g():
    for i in range(3):
        with Suppress():
            if i == 1:
                raise ValueError
            print("i", i)
    return "done"
print(g())
@contextlib.contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e
try:
    with translate():
        {}["k"]
except LookupError as e:
    print(e, type(e.__cause__).__name__)
@contextlib.contextmanager
def reraise_different():
    try:
        yield
    finally:
        print("generator cleanup")
try:
    with reraise_different():
        raise IndexError("idx")
except IndexError as e:
    print("propagated", e)
with contextlib.suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not printed")
print("after suppress")
@contextlib.contextmanager
def stop_iter_inside():
    yield
try:
    with stop_iter_inside():
        raise StopIteration("inside with")
except StopIteration as e:
    print("StopIteration passes through", e)
