print(None, repr(None), type(None), type(None)() is None, None is None, None == None, None == 0, bool(None))
print(Ellipsis, ..., type(...), ... is Ellipsis, repr(Ellipsis))
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
def f():
    pass
print(f(), f() is None)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)
try:
    for x in None:
        pass
except TypeError as e:
    print(e)
print((5).__eq__("x"), (5).__add__("x"), (1.5).__add__("x"))
x = [1, ..., 3]
print(x, x[1] is ...)
print(hash(None) == hash(None), {None: 1}[None], str(None), f"{None!r}")
