s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, {1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset())
print({1, 2, 3} - {2} | {9} & {9, 10}, ({1, 2} | {3}) ^ {1, 4})
print(set([1, 2, 2, 3]), set("hello") == set("olleh"), set({"a": 1}), set(range(3)))
print({1, 2}.union(), {1, 2}.intersection({2}, {2, 3}), frozenset([1]).union([2]), type(frozenset([1]).union([2])).__name__)
f = frozenset({frozenset({1}), frozenset({2})})
print(sorted(sorted(x) for x in f), frozenset() in {frozenset()})
e = set()
e.add(())
e.add((1,))
print(sorted(e), {None}, {True, 1, 1.0})
try:
    {1} < [1]
except TypeError as e2:
    print(e2)
print({1} < {1, 2}, {1, 2} <= {1, 2}, not {1} > {1}, {3}.issubset([3]), {1, 2}.issuperset((1,)))
s2 = {1, 2, 3}
try:
    for x in s2:
        s2.add(x * 10)
except RuntimeError as err:
    print(err)
print(len({i % 5 for i in range(100)}), sum({0.5, 0.25}), sorted({-1, -5, 3}))
