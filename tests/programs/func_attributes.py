def f(a, b: int = 2, *args, c: str = "x", d, **kw) -> list:
    """Docstring of f."""
    local = 1
    return local
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__module__)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(code.co_firstlineno)
class A:
    def m(self):
        def inner():
            pass
        return inner
    class B:
        def n(self):
            pass
print(A.m.__qualname__, A().m().__qualname__, A.B.n.__qualname__, A.B.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
f.custom = 123
print(f.custom, f.__dict__)
print((lambda: 0).__name__)
def pos(a, b, /, c):
    pass
print(pos.__code__.co_posonlyargcount, pos.__code__.co_argcount)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(callable(f), type(f).__name__)
print(A.m.__get__(None, A) is A.m)
print(repr(nodoc).startswith("<function nodoc at 0x"))
