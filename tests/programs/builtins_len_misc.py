print(len("abc"), len([1, 2]), len({}), len({1: 2}), len(set()), len(range(5)), len(b"xy"), len((1,)))
class L:
    def __len__(self): return 7
print(len(L()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "x"
try:
    len(StrLen())
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
print(repr("x"), ascii("ü"), repr([1, "x"]), ascii(["ü"]))
print(id(1) == id(1), type(id(object())).__name__)
print(isinstance(__builtins__, type(__import__("sys"))) or isinstance(__builtins__, dict))
import builtins
print(builtins.len is len, builtins.__name__, hasattr(builtins, "print"))
print(sorted(n for n in ["abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray"] if hasattr(builtins, n)))
print(__import__("math").pi == __import__("math").pi)
print(divmod(7, 2), format(7, "b"), round(7.5), int.__doc__ is not None)
print(issubclass(memoryview, object), type(...).__name__, frozenset.__name__)
