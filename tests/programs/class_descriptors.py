class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data from descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "data from descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = 5
print(C.nd, C.d)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age = 30
p.name = "Ann"
print(p.age, p.name)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print("age" in p.__dict__, isinstance(Person.age, Typed))
def func(self):
    return "bound"
print(func.__get__(c, C)(), type(func.__get__(c, C)).__name__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
class W:
    @Lazy
    def expensive(self):
        print("computing")
        return 42
w = W()
print(w.expensive, w.expensive)
class Validated:
    def __get__(self, obj, cls):
        return ("get", obj is None, cls.__name__)
class Host:
    v = Validated()
print(Host.v, Host().v)
