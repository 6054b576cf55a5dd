class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date)
sm = Date.__dict__["is_leap"]
print(sm.__func__(1996), callable(sm))
class Counter:
    instances = 0
    def __init__(self):
        type(self).bump()
    @classmethod
    def bump(cls):
        cls.instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
def plain(x):
    return x * 2
class H:
    f = staticmethod(plain)
    g = classmethod(lambda cls: cls.__name__)
print(H.f(4), H().f(5), H.g(), H().g())
