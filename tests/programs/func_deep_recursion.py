import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print("still alive", depth(100))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2000))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError:
    print("limit restored")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion caught")
print(issubclass(RecursionError, RuntimeError))
