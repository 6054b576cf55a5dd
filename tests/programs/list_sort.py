data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 3}]
recs.sort(key=lambda r: r["a"])
print([r["n"] for r in recs])
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=abs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
l = [3, 2, 1]
r = l.sort()
print(r, l)
stable = sorted(range(20), key=lambda x: x % 3)
print(stable)
print(sorted("hello world"), sorted({3, 1, 2}), sorted({"k2": 1, "k1": 2}), sorted((x for x in [2, 1])))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([0.5, -1, 3, True, 2.5]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:])
