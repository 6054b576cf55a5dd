try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e, repr(e), e.args, str(e), type(e).__name__)
for e in [ValueError(), ValueError("one"), ValueError("a", "b"), KeyError("k"), KeyError("k", "j"), KeyError(), IndexError(5), OSError(2, "No such file"), StopIteration(7), SystemExit(3), Exception(None)]:
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e)
def f():
    try:
        raise RuntimeError("x")
    except RuntimeError as err:
        pass
    return "err" in dir()
print(f())
e = ValueError("m")
e.args = ("changed",)
print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong")
except KeyError:
    print("outer handled")
err = OSError(13, "Permission denied", "file.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__)
print(StopIteration(5).value, SystemExit(4).code, SystemExit().code, KeyError("a").args)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.start, u.end, u.reason, str(u))
print(isinstance(ValueError(), BaseException), BaseException("x").with_traceback(None).args)
