import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(4), op.pos(-1), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.getitem("abc", 1))
l = [1, 2, 3]
op.setitem(l, 0, "x"); op.delitem(l, 1)
print(l)
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": "v"}))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=op.itemgetter(1, 0)))
class P:
    def __init__(self): self.a = 1; self.child = self
    def m(self, x, y=0): return x + y
print(op.attrgetter("a")(P()), op.attrgetter("child.child.a")(P()), op.attrgetter("a", "a")(P()))
print(op.methodcaller("m", 1, y=5)(P()), op.methodcaller("upper")("abc"))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul(2, 3))
print(op.matmul.__name__, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a")), repr(op.methodcaller("f", 1)))
