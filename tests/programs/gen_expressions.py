log = []
def src():
    for i in range(4):
        log.append(f"src {i}")
        yield i
g = (x * 10 for x in src() if x != 2)
print(log)
print(next(g), log)
print(list(g), log)
try:
    gg = (1 / x for x in [1, 0])
    print("created")
    print(list(gg))
except ZeroDivisionError:
    print("error on iteration")
def first_iter_eager():
    try:
        (x for x in 5)
    except TypeError as e:
        print("eager outer iterable:", e)
first_iter_eager()
print(sum(x * x for x in range(5)), max(len(s) for s in ["a", "abc"]))
print(sorted(c for c in "hello"))
print(" ".join(str(i) for i in range(3)))
print(tuple(x for x in "ab"), set(x % 2 for x in range(4)))
n = (i for i in range(3))
print(list(zip(n, n)))
