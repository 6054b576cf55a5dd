import _helper_mod
import _helper_mod as again
from _helper_mod import helper, CONSTANT as C
print(_helper_mod.CONSTANT, helper(21), C, again is _helper_mod)
print(_helper_mod.__name__, _helper_mod.__doc__, _helper_mod.Thing.__module__)
import sys
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
print(__name__, type(sys).__name__)
import math, os.path
print(math.floor(2.5), os.path.basename("a/b.txt"), "os" in sys.modules)
from math import *
print(sqrt(16), pi > 3)
import importlib
m = importlib.import_module("_helper_mod")
print(m is _helper_mod)
del sys.modules["_helper_mod"]
m2 = importlib.import_module("_helper_mod")
print(m2 is _helper_mod, m2.CONSTANT)
print(importlib.reload(m2) is m2)
def local_import():
    import json
    return json.dumps([1, "a"])
print(local_import(), "json" in dir())
print(sorted(k for k in vars(_helper_mod) if not k.startswith("__")))
if __name__ == "__main__":
    print("running as main")
