class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"A.__eq__({self.v}, {getattr(o, 'v', o)})")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"B.__eq__({self.v}, {getattr(o, 'v', o)})")
        return self.v == getattr(o, "v", o)
    def __gt__(self, o):
        print("B.__gt__")
        return self.v > o.v
print(A(1) == B(1))
print(B(1) == A(2))
print(A(1) < B(0))
print(A(1) == A(1))
print(A(1) != B(1))
class SubB(B):
    def __eq__(self, o):
        print("SubB.__eq__ first")
        return True
print(B(1) == SubB(2))
class N:
    def __lt__(self, o): return "N.lt"
    def __ge__(self, o): return "N.ge"
print(N() < 1, 1 > N(), N() >= 1, 1 <= N())
try:
    1 < A(1)
except TypeError as e:
    print(e)
print(1 == A(1))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(1), Cmp(5)]), min(Cmp(4), Cmp(2)))
