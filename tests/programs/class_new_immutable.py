class Celsius(float):
    def __new__(cls, v):
        print("__new__", cls.__name__, v)
        return super().__new__(cls, round(v, 1))
    def __init__(self, v):
        print("__init__", v)
c = Celsius(21.456)
print(c, type(c).__name__, c + 1)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("x") + "y", isinstance(Upper("q"), str))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2))
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(ReturnsOther()).__name__)
class Singleton:
    _instance = None
    def __new__(cls, *a):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PosInt(5) * 2, type(PosInt(5) * 2).__name__)
try:
    PosInt(-1)
except ValueError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
