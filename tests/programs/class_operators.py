class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __rshift__(self, n): return V(*(a >> n for a in self.c))
    def __and__(self, n): return V(*(a & n for a in self.c))
    def __or__(self, n): return V(*(a | n for a in self.c))
    def __xor__(self, n): return V(*(a ^ n for a in self.c))
    def __divmod__(self, n): return (self // n, self % n)
    def __rsub__(self, o): return V(*(o - a for a in self.c))
    def __rtruediv__(self, o): return V(*(o / a for a in self.c))
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return self.c < o.c
    def __le__(self, o): return self.c <= o.c
    def __int__(self): return int(sum(self.c))
    def __float__(self): return float(sum(self.c))
    def __index__(self): return len(self.c)
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b, a / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5))
print(-a, +a, abs(V(-1, 2)), ~a, a << 2, b >> 1, b & 1, a | 4, a ^ 3, divmod(b, 2))
print(5 - a, 12 / a, 1 + a, sum([a, b]))
print(a == V(1, 2), a != b, a < b, a <= b, a > b, b >= a)
print(int(b), float(a), [10, 20, 30][V(1)], round(V(1.26, 2.5), 1), round(V(0.5, 1.5)))
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
class Only:
    pass
try:
    Only() < Only()
except TypeError as e:
    print(e)
print(Only() == Only(), Only() != Only())
class R:
    def __eq__(self, o):
        print("R.__eq__")
        return NotImplemented
print(R() == R())
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(V(1) + Sub(1))
