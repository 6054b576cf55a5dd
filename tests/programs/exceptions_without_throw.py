# Exceptions the interpreter loop raises itself (missing attribute, missing dict key, next() at the end of a
# native iterator, a class's __next__ ending a for loop) behave exactly as raised ones: type, args, message,
# context, traceback and handlers.
import sys
import traceback

class O:
    pass

o = O()
d = {"a": 1}

def missing_attr():
    return o.nothing

def missing_method():
    return o.nothing()

def missing_key(key):
    return d[key]

for f, args in ((missing_attr, ()), (missing_method, ()), (missing_key, ("b",)), (missing_key, ((1, 2),))):
    try:
        f(*args)
    except (AttributeError, KeyError) as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e.args, [fr.name for fr in tb], tb[-1].line)

try:
    o.nothing
except AttributeError as e:
    print(e.name, e.obj is o)

try:
    sys.nonexistent
except AttributeError as e:
    print(e)

try:
    O.nonexistent
except AttributeError as e:
    print(e)

try:
    try:
        {}["inner"]
    except KeyError:
        o.outer
except AttributeError as e:
    print(repr(e.__context__), e.__suppress_context__)

it = iter([1])
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)

def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator StopIteration", e.value)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("ignored value")
        self.n -= 1
        return self.n

print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
print(next(Countdown(0), "empty"))

class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")

try:
    for x in Broken():
        pass
except ValueError as e:
    print("ValueError", e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])

def in_finally():
    try:
        return d["zzz"]
    finally:
        print("finally ran")
try:
    in_finally()
except KeyError as e:
    print("KeyError after finally", e)

class Missing(dict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"])
