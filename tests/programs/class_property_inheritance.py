class Base:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v):
        print("Child setter")
        Base.x.fset(self, v * 10)
c = Child()
c.x = 2
print(c.x)
class ReadOnlyChild(Base):
    @property
    def x(self):
        return "overridden getter"
r = ReadOnlyChild()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError", "setter" in str(e) or "can't set" in str(e))
print(r.x)
class Computed:
    _cache = None
    @property
    def value(self):
        if self._cache is None:
            print("computing")
            self._cache = 42
        return self._cache
cv = Computed()
print(cv.value, cv.value)
print(isinstance(Base.x, property), Base.x.fset is not None, Child.x.fget is Base.x.fget)
