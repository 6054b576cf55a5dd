# Inline caches must never change what a global or attribute access means: rebinding, shadowing,
# deleting, new descriptors and __getattribute__/__setattr__ added after a site was cached.
import math

def use_len(x):
    return len(x)

print(use_len([1, 2]))
len = lambda x: "global len"
print(use_len([1, 2]))
del len
print(use_len([1, 2, 3]))

counter = 0
def bump():
    return counter + 1
print(bump())
counter = 10
print(bump())
globals().clear() if False else None

def read_x(o):
    return o.x

class A:
    def __init__(self): self.x = "a"
class B:
    def __init__(self): self.y = 0; self.x = "b"
class C:
    x = "class attr"
class D:
    __slots__ = ("x",)
    def __init__(self): self.x = "slot"
class E:
    @property
    def x(self): return "property"

objs = [A(), B(), C(), D(), E(), A(), B()]
for _ in range(3):
    print([read_x(o) for o in objs])

a = A()
print(read_x(a))
a.x = "changed"
print(read_x(a))
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)

A.x = property(lambda self: "new property", lambda self, v: None)
print(read_x(A()))
del A.x
print(read_x(A()))

def getattribute(self, name):
    return "intercepted " + name
A.__getattribute__ = getattribute
print(read_x(A()))
del A.__getattribute__
print(read_x(A()))

def set_x(o, v):
    o.x = v

log = []
b = B()
for i in range(3):
    set_x(b, i)
print(b.x)
def setattr_hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)
B.__setattr__ = setattr_hook
set_x(b, 5)
print(b.x, log)
del B.__setattr__
set_x(b, 6)
print(b.x)

d = D()
set_x(d, "s1")
print(read_x(d))
del d.x
try:
    read_x(d)
except AttributeError as e:
    print("AttributeError:", e)

class M:
    def method(self): return "method"
def call_method(o):
    return o.method()
m = M()
print(call_method(m))
m.method = lambda: "instance attribute"
print(call_method(m))
del m.method
print(call_method(m))
M.method = lambda self: "replaced"
print(call_method(m))

def sqrt_of(x):
    return math.sqrt(x)
print(sqrt_of(16))
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(sqrt_of(16))
math.sqrt = saved
print(sqrt_of(16))

code = compile("value * 2", "<expr>", "eval")
print(eval(code, {"value": 1}), eval(code, {"value": 21}))

class Base:
    def who(self): return "base"
class Sub1(Base): pass
class Sub2(Base):
    def who(self): return "sub2"
class Sub3(Base): pass
class Sub4(Base): pass
class Sub5(Base):
    def who(self): return "sub5"
def who(o):
    return o.who()
print([who(o) for o in [Base(), Sub1(), Sub2(), Sub3(), Sub4(), Sub5()] * 2])
