def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count(3)
print(type(g).__name__)
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def gen_return():
    yield 1
    return "result"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
print(iter(g) is g)
def empty():
    return
    yield
print(list(empty()))
def lazy():
    for x in range(3):
        print("producing", x)
        yield x
for v in lazy():
    print("consumed", v)
ge = (x * 2 for x in lazy())
print("genexpr created")
print(next(ge))
print(sum(x for x in range(10) if x % 3 == 0))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_finally():
    print(v)
    break
print("after break")
