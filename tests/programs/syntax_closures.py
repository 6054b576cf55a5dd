def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders2():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(10) for f in make_adders2()])
def outer():
    v = "first"
    def get():
        return v
    v = "second"
    return get
print(outer()())
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c(); c()
print(c())
print(c.__closure__[0].cell_contents)
def f():
    a = 1
    def g():
        return a
    return g
print(f().__code__.co_freevars)
fns = []
for i in range(3):
    def h():
        return i
    fns.append(h)
print([fn() for fn in fns])
def compose(*fs):
    def run(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))
