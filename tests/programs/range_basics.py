r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5), range(0, 5), range(0, 5, 1) == range(5), range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2))
print(list(range(10, 0, -2)), list(range(0)), list(range(-3)), list(range(-3, 3)), len(range(0, 10, 3)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(5)[5]
except IndexError as e:
    print(e)
try:
    range(5).index(9)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
big = range(10 ** 20)
print(len(big) if False else big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)
print(r.start, r.stop, r.step, repr(range(1, 5, 2)), range(3)[1:], hash(range(3)) == hash(range(0, 3)))
print(sum(range(101)), max(range(5)), min(range(3, 8)), sorted(range(3), reverse=True))
print(range(0, -10, -3)[1], list(range(0, -10, -3)), 3.0 in range(5), "a" in range(5))
print(bool(range(0)), bool(range(1)), type(iter(range(3))).__name__)
