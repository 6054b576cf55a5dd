from functools import partial, partialmethod, reduce, update_wrapper, lru_cache
import operator
p = partial(int, base=2)
print(p("1010"), p("11", base=10), repr(partial(operator.add, 1)).startswith("functools.partial(<built-in function add>"))
pp = partial(partial(lambda a, b, c: (a, b, c), 1), 2)
print(pp(3), pp.args, pp.func.__name__)
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive()
print(c.alive)
print(reduce(operator.or_, [1, 2, 4]), reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
def wrapper(*a): return "wrapped"
def original():
    "original doc"
update_wrapper(wrapper, original)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original)
@lru_cache(maxsize=128, typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@lru_cache
def no_parens(x): return x * 2
print(no_parens(4), no_parens.cache_info().hits, no_parens(4), no_parens.cache_info().hits)
