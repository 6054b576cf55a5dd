class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t._c)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
class P2:
    def getx(self): return "x"
    x = property(getx, doc="x doc")
print(P2().x, P2.x.__doc__)
try:
    del P2().x
except AttributeError as e:
    print("AttributeError:", e)
class Computed:
    def __init__(self, items):
        self.items = items
    total = property(lambda self: sum(self.items))
print(Computed([1, 2, 3]).total)
