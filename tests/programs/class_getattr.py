class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError as e:
    print(e)
print(getattr(d, "missing", "default"), hasattr(d, "x_a"), hasattr(d, "zz"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
l = Logged()
l.a = 1
_ = l.a
del l.a
print(l.log)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Fallback().boom)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    object().bar = 1
except AttributeError as e:
    print(e)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
pr = Proxy([3, 1, 2])
pr.sort()
print(pr._t, pr.count(1))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
class A: pass
try:
    A().nothing
except AttributeError as e:
    print(e)
try:
    A.nothing
except AttributeError as e:
    print(e)
