print(sorted([3, 1, 2]), sorted("cba"), sorted((1, 0)), sorted({"b": 1, "a": 2}), sorted([]), sorted(range(3), reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted(["aa", "B", "c"], key=str.casefold), sorted([(2, "a"), (1, "b")], key=lambda t: t[1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
orig = [2, 1]
new = sorted(orig)
print(orig, new, new is not orig)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted([None, 1])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=None), sorted([1, 2, 3], key=lambda x: 0), sorted([[3], [1, 2], []]))
print(sorted("Hello World", key=str.lower), sorted([1.5, 1, True, 0.5]))
