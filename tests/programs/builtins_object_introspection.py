class A:
    """Doc A."""
    x = 1
    def m(self): pass
a = A()
a.y = 2
print(sorted(vars(a)), [n for n in dir(a) if not n.startswith("_")], hasattr(a, "m"), getattr(a, "x"))
print(type(a).__name__, type(a).__qualname__, A.__doc__, A.__dict__["x"], "m" in A.__dict__)
print(callable(a.m), callable(A), callable(a), isinstance(a.m, type(a.m)), type(A.m).__name__, type(a.m).__name__)
import inspect
print(inspect.isclass(A), inspect.isfunction(A.m), inspect.ismethod(a.m), inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(A.m))
def sig(a, b=2, *args, c, d=4, **kw): pass
print(inspect.signature(sig), list(inspect.signature(sig).parameters), inspect.signature(sig).parameters["b"].default)
print(inspect.getmembers(a, lambda v: isinstance(v, int)))
print(inspect.getmro(bool), inspect.isbuiltin(len), inspect.ismodule(inspect))
