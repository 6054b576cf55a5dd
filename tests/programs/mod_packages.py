import pkg_demo
print(pkg_demo.VERSION, pkg_demo.add(2, 3), pkg_demo.sub.leaf_value)
from pkg_demo.sub import leaf
print(leaf.where(), leaf.leaf_value, pkg_demo.sub.core_add(1, 1))
import pkg_demo.core as core
print(core.__name__, core.__package__, pkg_demo.__package__, pkg_demo.sub.__package__)
print(core is pkg_demo.core, hasattr(pkg_demo, "lazy"))
import pkg_demo.lazy
print(hasattr(pkg_demo, "lazy"), pkg_demo.lazy.record(1), pkg_demo.lazy.record(2))
from pkg_demo.lazy import record
print(record(3))
ns = {}
exec("from pkg_demo import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(type(pkg_demo.__path__).__name__, len(pkg_demo.__path__), pkg_demo.__file__.endswith("__init__.py"))
import os
print(os.path.basename(os.path.dirname(pkg_demo.__file__)), os.path.basename(core.__file__))
try:
    import pkg_demo.missing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkg_demo import missing_name
except ImportError as e:
    print(type(e).__name__, e.name)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_demo")))
