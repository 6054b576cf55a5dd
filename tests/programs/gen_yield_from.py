def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub handled"
def deleg():
    yield from sub()
    yield "after"
g = deleg()
next(g)
print(g.throw(ValueError))
print(next(g))
def sub2():
    try:
        yield 1
    finally:
        print("sub2 closed")
def deleg2():
    yield from sub2()
g = deleg2()
next(g)
g.close()
def ret_only():
    return 42
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
def gen_iter():
    yield from iter([7, 8])
print(list(gen_iter()))
