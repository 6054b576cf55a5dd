# Class calls whose __init__ the interpreter runs as a frame of its own loop: arguments, errors, abstract
# classes, metaclasses with __call__, generator __init__, deep recursion, slots.
import abc, traceback
class P:
    def __init__(self, x, y=2, *, z=3):
        self.t = (x, y, z)
print(P(1).t, P(1, 5, z=9).t, P(x=4).t)
class Bad:
    def __init__(self): return 5
try: Bad()
except TypeError as e: print(e)
class Raises:
    def __init__(self): raise ValueError("in init")
try: Raises()
except ValueError as e: print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
    def __init__(self): pass
try: A()
except TypeError as e: print(e)
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
class Meta(type):
    def __call__(cls, *a): return "meta call"
class WithMeta(metaclass=Meta):
    def __init__(self): pass
print(WithMeta())
class Sub(P): pass
print(type(Sub(7)).__name__, Sub(7).t)
class G:
    def __init__(self): yield 1
try: G()
except TypeError as e: print(e)
import sys
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(100000)
except RecursionError as e: print("RecursionError")
class Slots:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(Slots().a)
