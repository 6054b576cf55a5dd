class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r), [x for x in r], sum(r), tuple(r), dict.fromkeys(r))
a, b, c = r
print(a, b, c, *r)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
for x in it:
    print("first loop", x)
    break
for x in it:
    print("second loop continues", x)
m = map(str, [1])
print(iter(m) is m, list(m), list(m))
class Infinite:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
for v in Infinite():
    if v > 3:
        break
print("stopped at", v)
print(list(zip(Infinite(), "abc")))
