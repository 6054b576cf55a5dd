def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle rest={sorted(rest.items())}"
        case {}:
            return "some mapping"
        case _:
            return "other"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {"other": 1}, {}, [1]]:
    print(m(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    pass
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0 | 1 as xv, y=yy) if yy > 10:
            return f"near y axis x={xv} high y={yy}"
        case Point3(x, y):
            return f"point3 {x} {y}"
        case Point(x, y=5):
            return f"y is five, x={x}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for p in [Point(0, 0), Point(0, 7), Point(1, 20), Point3(4, 4), Point(9, 5), Point(9, 9), 3, 2.5, "s", None]:
    print(where(p))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
KIND = "const"
class NS:
    VALUE = 42
for v in [42, 43]:
    match v:
        case NS.VALUE:
            print("matched value pattern", v)
        case other:
            print("capture", other)
match (1, 2):
    case (1, _) as whole:
        print("as whole", whole)
