def outer():
    x = 1
    def read():
        return x
    def write(v):
        nonlocal x
        x = v
    return read, write
r, w = outer()
print(r())
w(42)
print(r(), r.__closure__[0].cell_contents)
print(outer.__code__.co_cellvars, r.__code__.co_freevars)
def make():
    fns = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name
        fns[name] = f
    return fns
print({k: v() for k, v in make().items()})
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = counter_gen()
print([add(i) for i in range(5)])
def deep():
    a = "a"
    def l1():
        b = "b"
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i * 10)
    i = 100
    return [f() for f in fs]
print(late())
import types
cell = types.CellType(5)
print(cell.cell_contents)
def class_in_func():
    v = "closure"
    class Inner:
        attr = v
        def get(self):
            return v
    return Inner
I = class_in_func()
print(I.attr, I().get())
