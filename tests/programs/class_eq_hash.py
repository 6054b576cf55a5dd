class NoEq:
    pass
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, WithEq) and self.v == o.v
class WithBoth:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, WithBoth) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(NoEq.__hash__ is object.__hash__, WithEq.__hash__)
try:
    hash(WithEq(1))
except TypeError as e:
    print(e)
try:
    {WithEq(1)}
except TypeError as e:
    print(e)
s = {WithBoth(1), WithBoth(1), WithBoth(2)}
print(len(s), WithBoth(1) in s)
d = {WithBoth("k"): "value"}
print(d[WithBoth("k")])
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2), WithEq(1) == 1)
class Sub(WithBoth):
    def __eq__(self, o): return True
print(Sub.__hash__)
class Sub2(WithBoth):
    pass
print(Sub2.__hash__ is WithBoth.__hash__)
class ExplicitNone:
    __hash__ = None
print(ExplicitNone.__hash__, isinstance(ExplicitNone(), __import__("collections.abc").abc.Hashable))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2**61 - 1), hash(2**61), hash(-2), hash(10**20))
print(hash(0.5), hash(1.5), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({1: "int", 1.0: "float", True: "bool"})
print(hash(float("inf")), hash(float("-inf")))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly.__hash__ is object.__hash__)
class EqDefault:
    pass
a = EqDefault()
print(a == a, a != a, a == EqDefault())
