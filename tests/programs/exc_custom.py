class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class WithStr(AppError):
    def __str__(self):
        return "custom str"
class WithRepr(Exception):
    def __init__(self, code, detail):
        self.code = code
        self.detail = detail
try:
    raise NotFound("widget")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args, repr(e), isinstance(e, Exception))
try:
    raise WithStr("ignored arg")
except AppError as e:
    print(str(e), repr(e), e.args)
w = WithRepr(404, "nope")
print(repr(w), str(w), w.args, w.code)
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
n = NoInitCall(5)
print(repr(n), n.args, str(n))
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as e:
    print("caught as KeyError", type(e).__name__, [c.__name__ for c in Multi.__mro__])
print(AppError.__doc__, issubclass(NotFound, AppError))
class Coded(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.created = True
        return self
c = Coded("a")
print(c.created, c.args)
def raiser(cls):
    raise cls
for cls in (NotFound, WithStr):
    try:
        raiser(cls("x"))
    except AppError as e:
        print("raised", type(e).__name__)
try:
    raise NotFound
except TypeError as e:
    print(e)
