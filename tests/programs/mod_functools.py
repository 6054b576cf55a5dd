import functools
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 10), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(5), two_to(10), square.func is power, square.args, square.keywords, two_to.args)
print(functools.partial(square, 3)(), functools.partial(print, sep="-")("a", "b") or "")
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(("sq", x))
    return x * x
calls.clear()
sq(1); sq(2); sq(1); sq(3); sq(2)
print(calls, sq.cache_info())
@functools.cache
def cached(x):
    print("computing", x)
    return x
cached(1); cached(1)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def documented(x):
    "the doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(1) > Ver(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def kind(x):
    return "object"
@kind.register
def _(x: int):
    return "int"
@kind.register(list)
def _(x):
    return "list"
@kind.register(str)
def _(x):
    return "str " + x
print(kind(1), kind(True), kind([1]), kind("s"), kind(1.5), kind.dispatch(bool).__name__)
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
class M:
    @functools.singledispatchmethod
    def handle(self, x):
        return "default"
    @handle.register
    def _(self, x: int):
        return "int handler"
print(M().handle(1), M().handle("x"))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
