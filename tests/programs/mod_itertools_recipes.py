from itertools import islice, chain, groupby, count, tee, zip_longest, accumulate, product, starmap, repeat, cycle
def take(n, it): return list(islice(it, n))
def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
def flatten(lol): return chain.from_iterable(lol)
def unique_justseen(it): return (k for k, _ in groupby(it))
def roundrobin(*its):
    sentinel = object()
    return (x for x in chain.from_iterable(zip_longest(*its, fillvalue=sentinel)) if x is not sentinel)
def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(take(3, count(10)), list(chunked(range(7), 3)), list(flatten([[1, 2], [3]])))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(roundrobin("ABC", "D", "EF")), list(sliding(range(5), 3)))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(starmap(lambda a, b: a * b, product(range(1, 3), repeat=2))))
print(take(5, cycle([1, 2])), list(repeat(None, 2)), dict(groupby([])) == {}, sorted(len(list(g)) for _, g in groupby(sorted("mississippi"))))
def powerset(s):
    from itertools import combinations
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset("abc")))
