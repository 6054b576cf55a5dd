import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
o = Obj("alive")
r = weakref.ref(o)
print(r() is o, r().name)
del o
gc.collect()
print(r())
cache = weakref.WeakValueDictionary()
k = Obj("k")
cache["k"] = k
print("k" in cache, len(cache))
del k
gc.collect()
print("k" in cache, len(cache))
called = []
x = Obj("x")
fin = weakref.finalize(x, called.append, "finalized")
print(fin.alive)
del x
gc.collect()
print(called, fin.alive)
p = Obj("proxy target")
proxy = weakref.proxy(p)
print(proxy.name)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
wks = weakref.WeakSet()
a = Obj("a")
wks.add(a)
print(len(wks))
del a
gc.collect()
print(len(wks))
