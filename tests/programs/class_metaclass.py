class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class A(metaclass=Meta, flag=True):
    def method(self):
        return "m"
    def __init__(self, v):
        self.v = v
print(A.injected, A.created_by, type(A).__name__)
a = A(5)
print(a.v)
class B(A):
    pass
print(type(B) is Meta)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn, Dyn().hello(), Dyn.x, Dyn.__bases__)
D2 = Meta("D2", (), {})
print(D2.created_by)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class Base(metaclass=Reg): pass
class S1(Base): pass
class S2(Base): pass
print(Reg.registry)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
class Meta3(type):
    def __repr__(cls):
        return f"<custom class {cls.__name__}>"
class Shown(metaclass=Meta3): pass
print(Shown, [Shown])
