class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a:
    print("body", a)
with CM("x") as x, CM("y") as y:
    print("body", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("o"), CM("i"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
with CM("t") as (t):
    print(t)
