# Frame objects that escape (tracebacks, sys._getframe, f_back) keep their identity and contents after the
# call returns, while the interpreter reuses the frames of calls nobody kept.
import sys

kept = []

def keep_frame(x):
    y = x * 2
    kept.append(sys._getframe())
    return y

def caller(n):
    marker = "caller %d" % n
    return keep_frame(n)

for i in range(3):
    caller(i)

def churn():
    def a(p, q=1, *, r=2): return p + q + r
    def b(*args, **kw): return len(args) + len(kw)
    return sum(a(i) + b(i, i, k=i) for i in range(100))

churn()
for f in kept:
    print(f.f_code.co_name, sorted(f.f_locals.items()), f.f_back.f_code.co_name, f.f_back.f_locals["marker"])

def fails(v):
    local_value = v + 1
    raise ValueError(v)

saved = []
for i in range(3):
    try:
        fails(i)
    except ValueError as e:
        saved.append(e.__traceback__)
churn()
for tb in saved:
    inner = tb.tb_next.tb_frame
    print(inner.f_code.co_name, inner.f_locals["local_value"], tb.tb_next.tb_lineno)

def outer_frame():
    token = "outer"
    return inner_frame()

def inner_frame():
    return sys._getframe(1)

frames = [outer_frame() for _ in range(2)]
churn()
print([f.f_locals["token"] for f in frames], frames[0] is not frames[1])

def recursive(n):
    if n == 0:
        return sys._getframe()
    return recursive(n - 1)

leaf = recursive(5)
churn()
depth = 0
f = leaf
while f.f_code.co_name == "recursive":
    depth += 1
    f = f.f_back
print(depth, leaf.f_locals["n"])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

points = [Point(i, -i) for i in range(1000)]
print(sum(p.x - p.y for p in points))

def unbound_later(flag):
    if flag:
        value = 1
    return value

print(unbound_later(True))
try:
    unbound_later(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
