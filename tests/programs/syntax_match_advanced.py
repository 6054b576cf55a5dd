def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", item, *_] if item != "sword":
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb} with {len(args)} args"
        case []:
            return "empty"
for c in ["go north", "go up", "pick up a b", "pick up", "drop shield now", "drop sword", "quit", "", "dance"]:
    print(repr(c), "->", cmd(c))
def types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return "negative int"
        case int() | float():
            return "number"
        case [int(), *_]:
            return "list starting with int"
        case {"k": [1, *rest]}:
            return f"dict with list rest {rest}"
        case (str() as s1, str() as s2):
            return f"two strings {s1}{s2}"
        case _:
            return "fallthrough"
for v in [True, -3, 4, 2.5, [1, "x"], {"k": [1, 2, 3]}, ("a", "b"), ["a", "b"], "ab", None]:
    print(repr(v), types(v))
x = 0
match 5:
    case x if x > 10:
        print("no")
    case y:
        print("capture binds even after failed guard:", x, y)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
import collections
Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x=1, y=yy):
        print("namedtuple keyword", yy)
match Pt(3, 4):
    case Pt(a, b):
        print("namedtuple positional", a, b)
from dataclasses import dataclass
@dataclass
class D:
    p: int
    q: str
match D(1, "z"):
    case D(1, q):
        print("dataclass positional", q)
match "hello":
    case str(s) if len(s) > 3:
        print("long str", s)
match 3.0:
    case 3:
        print("3.0 matches literal 3")
match [1, 2, 3]:
    case (1, *mid, 3):
        print("tuple pattern on list", mid)
