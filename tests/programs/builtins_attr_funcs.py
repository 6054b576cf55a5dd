class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", "default"), getattr(C, "cls_attr"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), hasattr(c, "y"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    delattr(c, "y")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
print(sorted(vars(c)), vars(c) is c.__dict__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(e)
print([n for n in dir(c) if not n.startswith("__")])
print(dir(c) == sorted(dir(c)))
class D:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(D()))
import math
print("sqrt" in dir(math), callable(len), callable(C), callable(c), callable(C.__init__), callable(5))
class Call:
    def __call__(self, *a):
        return ("called", a)
print(callable(Call()), Call()(1, 2))
print(getattr([], "append").__name__, getattr("abc", "upper")())
