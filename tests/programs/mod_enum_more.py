from enum import Enum, IntEnum, Flag, auto
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
print(Status.parse("ACTIVE"), Status("inactive").name, [s.value for s in Status])
print(Status.ACTIVE == Status.ACTIVE, Status.ACTIVE != "active", Status.ACTIVE is Status["ACTIVE"])
match Status.INACTIVE:
    case Status.ACTIVE:
        print("active")
    case Status.INACTIVE:
        print("matched inactive")
class Ordered(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered, key=lambda o: o.value))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(Color.RED.value, Color.GREEN.value, Color.BLUE.value, (Color.RED | Color.BLUE).value, Color(0).value, bool(Color(0)))
print(Color.RED in (Color.RED | Color.GREEN), (Color.RED | Color.GREEN) & Color.GREEN == Color.GREEN)
class Lvl(IntEnum):
    A = 10
    B = 20
print(Lvl.A < 15, Lvl.B * 2, [10, 20].index(Lvl.B), Lvl(20) is Lvl.B, {Lvl.A: "x"}[10])
print(Status.ACTIVE.__class__.__name__, type(Status).__name__, len(Status.__members__), "ACTIVE" in Status.__members__)
