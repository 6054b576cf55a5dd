log = []
def f():
    try:
        log.append("try")
        raise ValueError
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
print(f(), log)
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                print("body", i)
            finally:
                print("inner finally", i)
        except KeyError as e:
            print("caught", e)
        finally:
            print("outer finally", i)
g()
def h():
    try:
        return 1
    finally:
        print("h finally before return value used")
print(h())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print("got", x)
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except RuntimeError as e:
    print("caught", e)
def exc_in_except():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError as t:
            print("inner", t)
        print("still handling one")
exc_in_except()
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("wf", n)
print(while_finally())
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        try:
            raise KeyError("kept")
        except KeyError:
            pass
try:
    finally_overrides()
except ValueError as e:
    print("original survives", e)
