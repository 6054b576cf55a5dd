class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __imul__(self, o):
        print("__imul__")
        return NotImplemented
    def __mul__(self, o):
        print("__mul__")
        return Acc(self.v * o)
    def __isub__(self, o):
        print("__isub__ returns something else")
        return "replaced"
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a *= 3
print(a, a is orig)
a -= 1
print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 1
print(o.v, o is before)
class Mat:
    def __init__(self, v): self.v = v
    def __imatmul__(self, o): self.v = self.v * o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
m = Mat(3)
m @= 4; print(m.v)
m **= 2; print(m.v)
m //= 5; print(m.v)
m %= 7; print(m.v)
m <<= 3; print(m.v)
m >>= 1; print(m.v)
m &= 12; print(m.v)
m |= 1; print(m.v)
m ^= 15; print(m.v)
m /= 2; print(m.v)
try:
    x = object()
    x += 1
except TypeError as e:
    print(e)
