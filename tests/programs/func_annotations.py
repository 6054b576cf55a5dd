def f(a: int, b: "str" = "x", *args: float, c: bool = False, **kw: dict) -> "ret":
    pass
print(f.__annotations__)
x: int = 5
y: list
print(__annotations__, "y" in dir())
class C:
    attr: int
    other: str = "v"
    def m(self) -> None: ...
print(C.__annotations__, C.m.__annotations__, hasattr(C, "attr"), C.other)
def g(): pass
print(g.__annotations__)
def h(p: 1 + 2, q: [int, str]): pass
print(h.__annotations__)
lam = lambda v: v
print(lam.__annotations__)
import typing
print(typing.get_type_hints(C))
