t = (1, "a", 2.5)
print(t, t[1], t[-1], t[1:], len(t), t + (None,), t * 2, (1,) * 0)
print((), (1,), 1, (1), tuple(), tuple("ab"), tuple([1, 2]))
print(t.count(1), t.index("a"), 2.5 in t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
a, b, c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
lt = ([1], 2)
lt[0].append(3)
print(lt)
print(hash((1, 2)) == hash((1, 2)), type(hash(())).__name__)
try:
    hash(([],))
except TypeError as e:
    print(e)
print(tuple(range(5))[::2], max((3, 1, 2)), sorted((3, 1, 2)), (1, 2).__class__.__name__)
print(repr((1,)), repr(("a", "b")), str((None, True)))
try:
    (1, 2) + [3]
except TypeError as e:
    print(e)
x = 1, 2, 3
print(x, type(x).__name__)
