l = [5, 3, 8, 1]
print(len(l), min(l), max(l), sum(l), sorted(l), list(reversed(l)), l.index(8), 3 in l, l * 0, l[::-2])
l2 = l + [9]
l2 += (10, 11)
l2.extend(range(2))
l2.extend({"k": 1})
print(l2)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [[1]] == [[1]], [1, [2, 3]] < [1, [2, 4]], [] < [[]])
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
s = [3, 1, 2]
s[len(s):] = [4]
s.insert(-100, 0)
print(s, s.pop(-1), s)
del s[:]
print(s, [None] * 2, [[]] * 0, list(), [i for i in []])
print([1, 2, 3].__len__(), [1].__contains__(1), [3, 4].__getitem__(1), [].__class__.__name__)
try:
    [].index(1)
except ValueError as e:
    print(e)
try:
    l["x"]
except TypeError as e:
    print(e)
print([1, 2, 3, 2, 1].count(2), [1.0, 1, True].count(1), [float("nan")].count(float("nan")))
