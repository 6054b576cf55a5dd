import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside cm:", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("body", t)
with tag("div"):
    raise ValueError("swallowed")
print("after")
try:
    with tag("span"):
        raise KeyError("escapes")
except KeyError as e:
    print("escaped", e)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    names = [stack.enter_context(tag(f"t{i}")) for i in range(2)]
    print(names)
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self): print("enter deco"); return self
    def __exit__(self, *exc): print("exit deco"); return False
@Reentrant()
def decorated():
    print("in decorated")
decorated()
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
async_ok = hasattr(contextlib, "asynccontextmanager")
print(async_ok)
with contextlib.ExitStack() as s2:
    s2.push(lambda *exc: print("push exit", exc[0].__name__) or True)
    raise IndexError("handled by push")
print("done")
