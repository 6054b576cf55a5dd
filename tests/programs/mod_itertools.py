import itertools as it
import operator
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(it.islice(it.repeat(0), 2)), list(map(pow, range(4), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), len(it.tee("x", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest([1, 2], "x")))
print(list(it.product("ab", [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)))
c = it.count()
next(c); next(c)
print(repr(c), repr(it.repeat(1, 2)))
def gen():
    yield from range(3)
print(list(it.islice(gen(), 1, 3)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print(e)
