from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print(type(Color.RED), isinstance(Color.GREEN, Color), [c.name for c in Color])
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError")
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), list(Shape.__members__))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Auto(Enum):
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, Num.TWO == 2, int(Num.TWO), sorted([Num.TWO, Num.ONE]), Num(1).name)
print(f"{Num.ONE}", str(Num.ONE) == "1", format(Num.TWO, "03d"))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), (rw & Perm.W) == Perm.W)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B == 3, int(IP.A | IP.B), IP.A | 8 == 9)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_hint(self):
        return self.mass / self.radius ** 3 > 1
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH.density_hint)
class WithMethod(Enum):
    A = "a"
    def shout(self):
        return self.value.upper()
    @classmethod
    def default(cls):
        return cls.A
print(WithMethod.A.shout(), WithMethod.default(), hash(Color.RED) == hash(Color.RED))
Animal = Enum("Animal", "CAT DOG")
print(Animal.CAT.value, Animal.DOG, list(Animal.__members__.keys()))
print({Color.RED: "r"}[Color.RED], Color.RED.__class__.__name__)
