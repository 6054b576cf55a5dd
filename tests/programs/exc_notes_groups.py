e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(err)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
eg = ExceptionGroup("group msg", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg), eg.message, len(eg.exceptions), type(eg).__name__)
print([repr(x) for x in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(lambda ex: isinstance(ex, TypeError))[0]))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as err:
    print(err)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as err:
    print(err)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError as g:
    print("caught ValueError group", repr(g))
except* (TypeError, OSError) as g:
    print("caught others", repr(g))
try:
    try:
        raise ExceptionGroup("eg2", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled value errors")
except ExceptionGroup as rest_eg:
    print("unhandled rest", repr(rest_eg))
try:
    raise TypeError("naked")
except* TypeError as g:
    print("naked wrapped", repr(g))
def derive_test():
    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "!", excs)
    g = MyEG("mine", [ValueError(1), TypeError(2)])
    m, r = g.split(ValueError)
    print(type(m).__name__, m.message, r.message)
derive_test()
