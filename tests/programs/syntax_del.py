x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = list(range(10))
del l[0]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
