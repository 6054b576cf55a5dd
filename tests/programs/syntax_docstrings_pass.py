def f():
    """Only a docstring."""
print(f(), f.__doc__)
def g():
    ...
print(g())
class Empty:
    pass
class EllipsisBody: ...
print(Empty.__doc__, EllipsisBody.__name__)
def h():
    "single quoted doc"
    return 1
print(h.__doc__, h())
def k():
    x = "not a docstring"
    """also not a docstring"""
print(k.__doc__)
def multiline():
    """
    First line.

        Indented.
    """
import inspect
print(repr(multiline.__doc__))
print(repr(inspect.getdoc(multiline)))
if True:
    pass
for _ in range(2):
    pass
while False:
    ...
try:
    pass
finally:
    pass
print("statements with empty bodies ok")
