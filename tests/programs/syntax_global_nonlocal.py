counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return x, inner()
print(outer())
def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def define_global():
    global newglobal
    newglobal = "created"
define_global()
print(newglobal)
x = "global x"
def read_only():
    return x
def shadow():
    x = "local x"
    return x
print(read_only(), shadow(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
y = 5
unbound()
def level1():
    a = 1
    def level2():
        def level3():
            nonlocal a
            a = 3
        level3()
    level2()
    return a
print(level1())
