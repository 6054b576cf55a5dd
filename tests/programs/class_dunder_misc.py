class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), range(Idx(3)), hex(Idx(255)), [0] * Idx(2))
import operator
print(operator.index(Idx(7)), int(Idx(8)) if hasattr(int, "__index__") else None)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __bool__(self): return self.v != 0
    def __round__(self, nd=None): return "rounded"
    def __trunc__(self): return 99
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(2.7)
import math
print(int(n), float(n), complex(n), bool(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class Sized:
    def __len__(self): return 5
class LenHint:
    def __length_hint__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
print(len(Sized()), operator.length_hint(LenHint()), list(LenHint()))
class Rev:
    def __reversed__(self): return iter("zyx")
    def __iter__(self): return iter("xyz")
print(list(reversed(Rev())), list(Rev()))
class Dir:
    def __dir__(self): return ["b", "a"]
print(dir(Dir()))
class SizeOf:
    pass
class Cls:
    def __init_subclass__(cls, **kw):
        cls.sub = True
class Sub(Cls): pass
print(Sub.sub, hasattr(Cls, "sub"))
class Abs:
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __invert__(self): return "inv!"
    def __pos__(self): return "pos!"
print(abs(Abs()), -Abs(), ~Abs(), +Abs())
class Hashy:
    def __hash__(self): return 7
    def __eq__(self, o): return isinstance(o, Hashy)
print(len({Hashy(), Hashy()}), hash(Hashy()))
class Contains:
    def __contains__(self, x): return x == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class GetSet:
    def __get__(self, obj, typ): return "descriptor via class attribute"
class Host:
    g = GetSet()
print(Host.g, Host().g)
