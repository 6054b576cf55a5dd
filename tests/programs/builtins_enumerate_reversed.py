print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
e = enumerate(["x", "y"])
print(next(e), next(e), type(e).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self): return iter(["custom"])
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(e)
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
for i, (a, b) in enumerate(zip("ab", "cd"), start=1):
    print(i, a, b)
print(list(enumerate(reversed(range(3)))))
