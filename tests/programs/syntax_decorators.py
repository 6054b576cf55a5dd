import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a)
        return fn(*a, **k)
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
@times(2)
def square(x):
    return x * x
print(square(3))
print(square.__name__)
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def thing():
    pass
print(order)
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@add_hello
class K:
    pass
print(K().hello())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def a(): return 1
@register
def b(): return 2
print(sorted(registry), registry["b"]())
@(lambda f: f())
def called():
    return "decorated by call"
print(called)
buttons = [lambda f: "replaced"]
@buttons[0]
def x(): pass
print(x)
