print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (list, (tuple, str))))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, float)), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(None, type(None)), isinstance([], object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
class Dog: pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Duck(), Duck))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(5, cabc.Hashable))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), isinstance("", cabc.Iterable), isinstance(len, cabc.Callable))
class Sized:
    def __len__(self): return 0
print(isinstance(Sized(), cabc.Sized), isinstance(Sized(), cabc.Container))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float))
print(int | str, type(int | str).__name__)
