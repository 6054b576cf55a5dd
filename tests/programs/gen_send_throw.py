def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print(e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
g = closer()
next(g)
g.close()
g.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_closer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print(e)
g = acc()
g.close()
print(g.gi_frame is None)
def unstarted():
    print("never")
    yield
g = unstarted()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early throw", e)
