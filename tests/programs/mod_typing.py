from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Any, Callable, TypeVar, Generic, get_type_hints, cast, Literal, Protocol, runtime_checkable, get_origin, get_args
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("ann")
print(e, e._fields, e.id, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}))
def f(a: int, b: Optional[str] = None) -> List[int]:
    return [a]
print(get_type_hints(f))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](5).v, Box.__parameters__, get_origin(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]))
print(cast(int, "not checked"), Optional[int] == Union[int, None], Literal["a", "b"].__args__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def g(cb: Callable[[int], str]) -> Any:
    return cb(1)
print(g(str), g.__annotations__["cb"] == Callable[[int], str])
print(List[int] == list[int], repr(Optional[int]), repr(Union[int, str]), repr(Dict[str, List[int]]))
