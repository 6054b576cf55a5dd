def read(lines):
    for line in lines:
        yield line
def strip(src):
    for s in src:
        yield s.strip()
def nonempty(src):
    return (s for s in src if s)
def numbered(src):
    yield from enumerate(src, 1)
data = ["  alpha ", "", " beta", "   ", "gamma  "]
print(list(numbered(nonempty(strip(read(data))))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    for n in naturals():
        if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
print(list(take(10, primes())))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
import inspect
def g():
    yield 1
gi = g()
print(inspect.getgeneratorstate(gi))
next(gi)
print(inspect.getgeneratorstate(gi), gi.gi_running)
list(gi)
print(inspect.getgeneratorstate(gi))
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)
print(g.__name__, gi.__name__, gi.__qualname__, type(gi).__name__)
