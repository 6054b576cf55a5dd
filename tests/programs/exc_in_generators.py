def g():
    yield 1
    raise ValueError("from generator")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
print(next(it, "exhausted after error"))
def guarded():
    try:
        yield 1
        yield 2
    except KeyError:
        print("guarded caught")
        yield "after catch"
gg = guarded()
next(gg)
print(gg.throw(KeyError))
def gen_ctx():
    try:
        yield
    except Exception as e:
        print("inside gen", repr(e), repr(e.__context__))
        yield "ok"
try:
    raise OSError("outer")
except OSError:
    x = gen_ctx()
    next(x)
    print(x.throw(ValueError("thrown")))
def comp():
    return [1 / x for x in [1, 0]]
try:
    comp()
except ZeroDivisionError as e:
    print("from comprehension", e)
def stop_leak():
    def inner():
        yield 1
    it = inner()
    next(it)
    yield next(it)
try:
    list(stop_leak())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
import sys
def exc_info_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(exc_info_gen()))
