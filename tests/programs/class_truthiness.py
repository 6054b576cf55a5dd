class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
if L(2):
    print("truthy len")
print(not B(False))
print(B(True) and "and-result")
print(L(0) or "or-result")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, frozenset(), 1, "0", [0], -1, float("nan")]:
    print(repr(v), bool(v))
