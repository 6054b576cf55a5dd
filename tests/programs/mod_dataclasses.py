from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
p.tags.append("a")
print(asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("frozen:", e)
print(sorted([Version(2), Version(1, 5), Version(1, 2)]), Version(1) < Version(1, 1), hash(v) == hash(Version(1, 2)))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    c: InitVar[int] = 10
    def __post_init__(self, c):
        self.b = self.a * c
print(WithPost(2), WithPost(2, 3))
@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith("<__main__.Plain object"))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print(e)
@dataclass
class Base:
    a: int = 1
@dataclass
class Child(Base):
    b: str = "x"
print(Child(), Child(5, "y"), Point.__eq__ is not None, Version.__hash__ is not None)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(e)
@dataclass
class Cmp:
    a: int
    hidden: int = field(compare=False, repr=False, default=0)
print(Cmp(1, 2) == Cmp(1, 3), Cmp(1, 2))
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), hasattr(Slotted(1), "__dict__"), Slotted.__slots__)
