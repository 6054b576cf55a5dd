print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
print(dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("map is lazy")
print(next(m), type(m).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
print(list(map(int.__add__, [1, 2], [10, 20])), list(filter(str.isdigit, "a1b2")))
