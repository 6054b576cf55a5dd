def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(*[1, 2]), f(*"ab", *range(2)))
def g(**kwargs):
    return type(kwargs).__name__, sorted(kwargs.items())
print(g(), g(a=1), g(**{"b": 2, "c": 3}))
def h(a, *args, b=0, **kw):
    return a, args, b, kw
print(h(1), h(1, 2, 3, b=4, c=5), h(*[1, 2], **{"b": 3, "x": 4}))
def kwargs_is_new(**kw):
    kw["added"] = True
    return kw
src = {"x": 1}
print(kwargs_is_new(**src), src)
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(100), **{str(i): i for i in range(50)}))
def keyword_named_self(self, **kw):
    return self, kw
print(keyword_named_self(1, other=2))
try:
    g(**{1: 2})
except TypeError as e:
    print(e)
def only_kw(*, a, b=2, **rest):
    return a, b, rest
print(only_kw(a=1, c=3))
