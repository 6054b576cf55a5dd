class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    def explicit(self):
        return super(B, self).f()
    def skip(self):
        return super(A, self).__class__.__name__
class C(B):
    def f(self):
        return "C.f>" + super().f()
    def grand(self):
        return super(B, self).f()
c = C()
print(c.f())
print(C.c())
print(c.grand(), c.explicit())
print(super(C, c).f())
print(super(B, C).c())
print(B.s(), super(B, B()).s())
class Init:
    def __init__(self):
        print("Init.__init__")
class Sub(Init):
    def __init__(self):
        print("Sub.__init__ start")
        super().__init__()
        print("Sub.__init__ end")
Sub()
class Coop1:
    def __init__(self, **kw):
        print("Coop1", sorted(kw))
        super().__init__(**kw)
class Coop2:
    def __init__(self, **kw):
        print("Coop2", sorted(kw))
        super().__init__()
class Both(Coop1, Coop2):
    pass
Both(a=1)
s = super(C, c)
print(type(s).__name__)
class WithProp:
    @property
    def p(self):
        return "base prop"
class SubProp(WithProp):
    @property
    def p(self):
        return "sub+" + super().p
print(SubProp().p)
def outside(self):
    return super(type(self), self)
try:
    class Lazy(A):
        def m(self):
            f = lambda: super().f()
            return f()
    print(Lazy().m())
except RuntimeError as e:
    print("RuntimeError", e)
class N:
    def __repr__(self):
        return "N:" + super().__repr__()[:9]
print(repr(N()))
