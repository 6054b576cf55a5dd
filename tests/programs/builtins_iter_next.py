it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = [3, 2, 1, 0, 5]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)), vals)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
class OldSeq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(OldSeq()), 9 in OldSeq(), 5 in OldSeq())
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter("")).__name__, type(iter([])).__name__, type(iter(())).__name__)
s = iter("xy")
print(iter(s) is s, list(s), list(s))
import functools
counter = iter(functools.partial(next, iter(range(10))), 4)
print(list(counter))
