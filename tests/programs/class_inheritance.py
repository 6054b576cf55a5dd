class Base:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "Base"
    def describe(self):
        return f"{self.who()} with x={self.x}"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return "Child"
class GrandChild(Child):
    pass
g = GrandChild(1, 2)
print(g.describe(), g.y)
print(GrandChild.__mro__)
print(GrandChild.__bases__, Child.__base__)
print(isinstance(g, Base), issubclass(GrandChild, Base), issubclass(Base, Child))
print(issubclass(Child, (int, Base)), isinstance(3, (str, int)))
print(Base.__subclasses__())
class A:
    attr = "A"
class B(A):
    pass
print(B.attr, B().attr)
B.attr = "B"
print(A.attr, B.attr)
del B.attr
print(B.attr)
class Shape:
    def area(self):
        raise NotImplementedError
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape().area()
except NotImplementedError:
    print("abstract-ish")
print(Sq(3).area())
class MyInt(int):
    pass
print(MyInt(5) + 1, type(MyInt(5) + 1), isinstance(MyInt(2), int))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, len(ml))
class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
md = MyDict(a=1)
print(md["a"], md["b"], md.get("b"))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("x") == "x")
