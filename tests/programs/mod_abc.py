from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", "abstract" in str(e))
class Partial(Shape):
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print("TypeError", "name" in str(e), "area" in str(e))
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "run")
        return NotImplemented
class Runner:
    def run(self): pass
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin))
class Base(ABC): pass
Base.register(int)
print(issubclass(int, Base), isinstance(5, Base), issubclass(str, Base))
import collections.abc as cabc
class MySeq(cabc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
s = MySeq()
print(list(s), s.index(20), s.count(10), 10 in s, list(reversed(s)))
class MyMap(cabc.Mapping):
    def __init__(self): self.d = {"a": 1}
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return 1
    def __iter__(self): return iter(self.d)
m = MyMap()
print(m.get("a"), m.get("z", 0), list(m.items()), "a" in m, m == {"a": 1})
