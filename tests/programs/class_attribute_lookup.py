class Base:
    x = "Base.x"
    def method(self): return "Base.method"
class Derived(Base):
    pass
d = Derived()
print(d.x, d.method())
Derived.x = "Derived.x"
print(d.x, Base.x)
d.x = "instance x"
print(d.x, Derived.x)
del d.x
print(d.x)
d.method = lambda: "instance lambda"
print(d.method(), Derived().method())
print(Derived.__dict__.get("method"), "method" in Base.__dict__)
class Counter:
    count = 0
    def incr(self):
        self.count += 1
c1, c2 = Counter(), Counter()
c1.incr(); c1.incr()
print(c1.count, c2.count, Counter.count)
class Shared:
    items = []
s1, s2 = Shared(), Shared()
s1.items.append(1)
print(s2.items, Shared.items)
class Meta(type):
    meta_attr = "from metaclass"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_attr)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print("instances don't see metaclass attrs:", e)
class Priv:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
    def reveal(self):
        return self.__secret
p = Priv()
print(p.reveal(), p._prot, p._Priv__secret, sorted(vars(p)))
try:
    p.__secret
except AttributeError as e:
    print(e)
print(type.__dict__["__name__"].__get__(int), int.__name__, d.__class__.__name__)
