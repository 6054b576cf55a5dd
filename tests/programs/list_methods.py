l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "before-last"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
try:
    l.remove("zz")
except ValueError as e:
    print(e)
print(l.index(2), l.count(1), [1, 1, 2].count(1))
try:
    l.index(99)
except ValueError as e:
    print(e)
n = [5, 2, 9, 1]
n.sort(); print(n)
n.sort(reverse=True); print(n)
n.reverse(); print(n)
c = n.copy(); c.append(0); print(n, c)
c.clear(); print(c)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9])
print(len([1, [2, 3]]), 3 in [1, 2, 3], [] == [], list("abc"), list(range(3)), list((1, 2)))
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
r = [1, 2, 3]
r *= 2
print(r, r.index(3, 3), max(r), min(r), sum(r))
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
a = [1, 2]
a.append(a)
print(a)
print(list.__name__, type([]) is list, [1, 2, 3][-1])
try:
    [1, 2] + (3,)
except TypeError as e:
    print(e)
