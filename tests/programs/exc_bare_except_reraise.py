def risky(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "exit":
        raise SystemExit(2)
    if kind == "kbd":
        raise KeyboardInterrupt
    return "fine"
for k in ["value", "exit", "kbd", "none"]:
    try:
        print(risky(k))
    except:
        import sys
        print("bare except caught", sys.exc_info()[0].__name__)
for k in ["value", "exit"]:
    try:
        risky(k)
    except Exception as e:
        print("Exception caught", type(e).__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("caller got", repr(e))
def reraise_changed():
    try:
        raise KeyError("orig")
    except KeyError as e:
        e.args = ("modified",)
        raise
try:
    reraise_changed()
except KeyError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
def order_matters():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError branch first"
    except FileNotFoundError:
        return "never"
print(order_matters())
try:
    raise ValueError("tuple")
except (TypeError, ValueError) as e:
    print("tuple catch", e)
excs = (KeyError, IndexError)
try:
    [][0]
except excs as e:
    print("variable tuple", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
