def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3), outer("x")("y")("z"))
def counter_factory():
    def make(start):
        def step():
            nonlocal start
            start += 1
            return start
        return step
    return make
s = counter_factory()(10)
print(s(), s(), s())
def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def shadow():
    x = "outer"
    def f():
        x = "inner"
        return x
    return f(), x
print(shadow())
def decorator_factory(prefix):
    def deco(fn):
        def wrapped(*a):
            return prefix + str(fn(*a))
        return wrapped
    return deco
@decorator_factory(">> ")
def add(a, b):
    return a + b
print(add(2, 3), add.__name__, add.__qualname__)
def gen_in_func():
    def gen():
        yield from range(3)
    return [x * 2 for x in gen()]
print(gen_in_func())
def class_factory(n):
    class Dyn:
        value = n
        def get(self):
            return self.value * n
    return Dyn
print(class_factory(3)().get(), class_factory(4).__qualname__)
