import copy
import pickle
from collections import namedtuple, OrderedDict


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithState:
    def __init__(self):
        self.data = [1, 2, 3]
        self.cache = "drop me"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 1,))


Pair = namedtuple("Pair", "left right")

for proto in (2, 3, 4, 5):
    p = pickle.loads(pickle.dumps(Point(1, [2, 3]), proto))
    print(proto, p, p == Point(1, [2, 3]))
    s = pickle.loads(pickle.dumps(Slotted(1, "two"), proto))
    print(s.a, s.b)
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(w.data, w.cache)
    r = pickle.loads(pickle.dumps(Reduced(5), proto))
    print(r.n)
    print(pickle.loads(pickle.dumps(Pair(1, 2), proto)))
    print(pickle.loads(pickle.dumps(OrderedDict(a=1, b=2), proto)))
print(pickle.dumps(Point(1, 2)).hex())
print(pickle.dumps(Pair(3, 4)).hex())
c = copy.deepcopy({"p": Point(1, 2), "l": [[1], [2]]})
print(c)
print(copy.copy(WithState()).cache)
