import sys
print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
    print(sys.exception() if hasattr(sys, "exception") else repr(v))
print(sys.exc_info())
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
except Exception:
    pass
def f():
    return sys.exc_info()[1]
try:
    raise RuntimeError("visible in callee")
except RuntimeError:
    print(f())
e = None
try:
    1 / 0
except ZeroDivisionError as err:
    e = err
print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next)
try:
    del err
except NameError:
    print("except target is deleted")
