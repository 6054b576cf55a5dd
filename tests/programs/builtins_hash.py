print(hash(0), hash(1), hash(42), hash(-42), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2) == hash(2.0), hash(0.5) == hash(0.5), hash(1.0) == hash(True))
print(hash(10 ** 30) == hash(10.0 ** 30) if float(10 ** 30) == 10 ** 30 else "inexact", hash(2 ** 61 - 1), hash(2 ** 61 + 5))
print(hash(()) == hash(()), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(frozenset()) == hash(frozenset()))
print(hash(3 + 0j) == hash(3), hash(1.5) == hash(1.5 + 0j))
class C: pass
c = C()
print(hash(c) == hash(c), type(hash(c)).__name__)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
for unh in [[], {}, set(), bytearray()]:
    try:
        hash(unh)
    except TypeError as e:
        print(e)
import fractions, decimal
print(hash(fractions.Fraction(1, 2)) == hash(0.5), hash(decimal.Decimal("0.5")) == hash(0.5), hash(fractions.Fraction(4, 2)) == hash(2))
