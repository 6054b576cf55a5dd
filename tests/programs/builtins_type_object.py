def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt"})
p = Point(21)
print(Point, Point.__name__, p.double(), p.kind, type(p) is Point)
Sub = type("Sub", (Point,), {})
print(Sub.__mro__, Sub(1).double(), type(Sub).__name__)
print(type(1), type("s"), type(type), type(None), type(len), type(print).__name__, type(lambda: 0).__name__)
o = object()
print(type(o), isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(object.__name__, object.__bases__, type.__bases__, type.__name__)
print(sorted(set(dir(object)) & {"__eq__", "__hash__", "__repr__", "__str__", "__init__", "__new__", "__class__"}))
class A:
    pass
print(A.__dict__["__module__"], "__dict__" in A.__dict__, type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print(e)
print(type.__call__(A).__class__.__name__, A.__new__(A).__class__.__name__)
print(issubclass(type("T", (int,), {}), int), type("E", (Exception,), {})("msg").args)
