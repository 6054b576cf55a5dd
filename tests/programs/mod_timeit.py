import timeit
t = timeit.timeit("sum(range(100))", number=100)
print(type(t).__name__, t >= 0)
r = timeit.repeat("x = 1", repeat=3, number=10)
print(len(r), all(isinstance(v, float) for v in r))
timer = timeit.Timer(lambda: [i for i in range(10)])
print(type(timer.timeit(number=5)).__name__)
print(timeit.timeit("f(3)", setup="def f(x): return x * 2", number=10) >= 0)
print(callable(timeit.default_timer))
