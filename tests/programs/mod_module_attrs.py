import types, sys
m = types.ModuleType("made_up", "made up module doc")
m.x = 5
print(m.__name__, m.__doc__, m.x, type(m).__name__)
print(repr(m))
sys.modules["made_up"] = m
import made_up
print(made_up is m, made_up.x)
from made_up import x
print(x)
def getattr_hook(name):
    if name == "dynamic":
        return "module __getattr__ result"
    raise AttributeError(f"module 'made_up' has no attribute {name!r}")
m.__getattr__ = getattr_hook
print(made_up.dynamic)
try:
    made_up.other
except AttributeError as e:
    print(e)
import math
print(math.__name__, "sqrt" in math.__dict__, repr(math).startswith("<module 'math'"))
try:
    math.no_attr
except AttributeError as e:
    print(e)
del sys.modules["made_up"]
print("made_up" in sys.modules)
