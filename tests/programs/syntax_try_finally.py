def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("boom")
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(f4())
def f5(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "err"
    else:
        print("else")
        return r
    finally:
        print("finally")
print(f5(2))
print(f5(0))
def f6():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
f6()
def f7():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f7())
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
finally:
    print("done")
def f8():
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
    finally:
        print("f8 finally")
try:
    f8()
except ValueError as e:
    print("got", e, type(e.__context__).__name__)
