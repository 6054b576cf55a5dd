x = 1
g = globals()
print(g["x"], g["__name__"], "x" in g, g is globals())
g["created_via_globals"] = "yes"
print(created_via_globals)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def g2():
    v = 1
    loc = locals()
    return sorted(loc)
print(g2())
class K:
    attr = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["__builtins__"] is not None, __name__)
