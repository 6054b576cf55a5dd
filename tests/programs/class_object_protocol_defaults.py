class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), bool(p), hash(p) == hash(p), str(p) == repr(p))
print(type(p).__name__, Plain.__module__, Plain.__qualname__, p.__class__ is Plain, Plain.__bases__)
print(sorted(n for n in Plain.__dict__), "__weakref__" in Plain.__dict__)
print(p.__eq__(p), p.__eq__(1), p.__ne__(p), p.__lt__(p), p.__hash__() == hash(p))
print(object.__eq__(p, p), object.__ne__(p, 1), Plain.__init__ is object.__init__, Plain.__new__ is object.__new__)
print(p.__reduce_ex__(2)[0].__name__ if hasattr(p, "__reduce_ex__") else None)
print(issubclass(Plain, object), isinstance(Plain, type), type(Plain) is type, Plain.__class__)
print(p.__dict__, p.__sizeof__() > 0, p.__format__("") == str(p), format(p, "") == str(p))
try:
    format(p, "x")
except TypeError as e:
    print(e)
try:
    p < p
except TypeError as e:
    print(e)
print(Plain.__doc__, Plain.__init_subclass__ is not None, Plain.__subclasshook__(int))
