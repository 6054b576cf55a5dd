class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.x
print(hasattr(p, "x"))
class Q(P):
    pass
qq = Q(1, 2)
qq.z = 5
print(qq.z, hasattr(qq, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.w, r.x)
try:
    r.v = 0
except AttributeError:
    print("no v")
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__)
print(type(P.x).__name__)
class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single, S.__slots__)
