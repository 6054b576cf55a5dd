class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
    def __repr__(self): return f"Adder(n={self.n})"
    def __str__(self): return f"adds {self.n}"
a = Adder(3)
print(a(4), a(4, twice=True), callable(a), repr(a), str(a), f"{a}", f"{a!r}", [a], (a,), {"k": a})
print(list(map(Adder(10), [1, 2])))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only-str"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class Both:
    def __repr__(self): return "R"
    def __str__(self): return "S"
print("%s %r" % (Both(), Both()), "{} {!r}".format(Both(), Both()), str([Both()]), ascii(Both()))
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:yz}".format(Fmt()), f"{Fmt()}")
class Meta(type):
    def __call__(cls, *a):
        return f"intercepted {cls.__name__}{a}"
class Intercepted(metaclass=Meta): pass
print(Intercepted(1, 2))
class WithInit:
    def __init__(self):
        return None
print(type(WithInit()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
