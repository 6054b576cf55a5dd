print(type(property()).__name__, property.__name__, staticmethod.__name__, classmethod.__name__)
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, p.__doc__)
class C:
    def get(self): return self._v
    def set(self, v): self._v = v * 2
    v = property(get, set, None, "v doc")
c = C()
c.v = 5
print(c.v, C.v.__doc__)
class D(C):
    v = C.v.setter(lambda self, val: setattr(self, "_v", val + 1))
d = D()
d.v = 5
print(d.v)
try:
    super()
except RuntimeError as e:
    print(e)
class E:
    def m(self):
        return super().__str__ is not None
print(E().m())
s = staticmethod(lambda: "static")
print(s(), callable(s))
cm = classmethod(lambda cls: cls)
print(type(cm).__name__, cm.__func__.__name__)
