a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([1, 3], (3,)), a.difference({1}, {2}), a.symmetric_difference([4, 10]))
print({1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s), 3 in s)
s.update([5, 6], {7})
print(s)
s.discard(99); s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p, s)
s.clear()
print(s, set(), repr(set()))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
c = {1, 2, 3}
c |= {4}; c &= {1, 2, 4}; c -= {1}; c ^= {9, 2}
print(c)
c.intersection_update([4, 9, 10]); print(c)
c.difference_update([4]); print(c)
c.symmetric_difference_update([1, 9]); print(c)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, frozenset(), hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(1)
except AttributeError as e:
    print(e)
print({frozenset([1]): "ok"}, {1, 2} == frozenset([1, 2]), set("aab") == {"a", "b"})
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
print(sorted({"pear", "apple", "fig"}), len({1, 1.0, True}), {0, False, 0.0})
print(set(range(5)) - set(range(0, 5, 2)), {x * x for x in range(-3, 4)})
sc = {1, 2}
cp = sc.copy(); cp.add(3)
print(sc, cp)
print(max({3, 7, 1}), min(frozenset([4, 2])), sum({1, 2, 3}))
