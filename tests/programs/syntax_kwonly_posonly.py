def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
for call in [
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(1, 2, 3, d=4, e=5),
    lambda: f(1, 2, 3, c=3, d=4),
]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, y=2, /, **kw):
    return x, y, kw
print(g(1, x=5, y=6))
def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
def k(a, b, c):
    pass
try:
    k(1)
except TypeError as e:
    print(e)
try:
    k()
except TypeError as e:
    print(e)
try:
    k(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
def m(a, b=1):
    pass
try:
    m(1, 2, 3)
except TypeError as e:
    print(e)
def n():
    pass
try:
    n(1)
except TypeError as e:
    print(e)
class C:
    def meth(self, x):
        pass
try:
    C().meth()
except TypeError as e:
    print(e)
try:
    C().meth(1, 2)
except TypeError as e:
    print(e)
def kw2(*, a, b):
    pass
try:
    kw2()
except TypeError as e:
    print(e)
