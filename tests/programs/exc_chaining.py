def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from ValueError("cause without context")
except KeyError as e:
    show(e)
try:
    try:
        raise TypeError("first")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    show(e)
def nested():
    try:
        raise OSError("a")
    except OSError:
        try:
            raise ValueError("b")
        except ValueError:
            raise KeyError("c")
try:
    nested()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
e = ValueError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        raise ValueError("x")
    except ValueError as err:
        raise err
except ValueError as again:
    print(again.__context__)
try:
    try:
        raise ValueError("orig")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e, e.__context__)
