def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, sorted(kwargs.items()))
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
print(f(*[1, 2], **{"d": 0}))
print(f(*(1,), *(2, 3), *[4], d=1, **{"x": 1}, **{"w": 2}))
def g(*args, **kwargs):
    return args, kwargs
print(g())
print(g(1, *range(3), k=1, **dict(m=2)))
print(g(**{"a": 1}, b=2))
try:
    f(1, 2, d=1, **{"d": 2})
except TypeError as e:
    print(e)
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
try:
    g(*5)
except TypeError as e:
    print(e)
print(max(*[3, 1, 2]))
print("{a}-{b}".format(**{"a": 1, "b": 2}))
args = [1, 2]
print(*args, sep="+")
print(*"abc")
