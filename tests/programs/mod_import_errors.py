try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(e)
import importlib
try:
    importlib.import_module("also_missing_mod")
except ImportError as e:
    print(e)
try:
    importlib.import_module(".relative")
except TypeError as e:
    print(e)
try:
    __import__("nope_nope")
except ImportError as e:
    print(e)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__ in ("posixpath", "ntpath"))
print(importlib.import_module("os.path").join("a", "b"))
