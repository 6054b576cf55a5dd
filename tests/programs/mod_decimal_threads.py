# decimal: each thread and asyncio task has its own context (contextvars), localcontext per thread
import asyncio
import threading
from decimal import Decimal as D, getcontext, setcontext, localcontext, Context, DefaultContext, Inexact

results = {}
barrier = threading.Barrier(4)


def worker(prec):
    ctx = getcontext()
    fresh = (ctx.prec, ctx.flags[Inexact])
    ctx.prec = prec
    barrier.wait()
    values = []
    for _ in range(200):
        values.append(D(1) / D(7))
    with localcontext() as lc:
        lc.prec = prec + 2
        inner = D(2).sqrt()
        barrier.wait()
        same = getcontext() is lc
    results[prec] = (fresh, str(values[-1]), len(set(values)), str(inner), same, getcontext().prec, ctx.flags[Inexact])


threads = [threading.Thread(target=worker, args=(p,)) for p in (3, 6, 9, 12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for p in sorted(results):
    print(p, results[p])
print(getcontext().prec, getcontext().flags[Inexact])

DefaultContext.prec = 5
out = []
t = threading.Thread(target=lambda: out.append((getcontext().prec, str(D(1) / D(3)))))
t.start()
t.join()
DefaultContext.prec = 28
print(out, getcontext().prec)

own = Context(prec=4)


def uses_own():
    setcontext(own)
    out.append((getcontext() is own, str(D(2) / D(3))))


t = threading.Thread(target=uses_own)
t.start()
t.join()
print(out[-1], getcontext() is own)


async def task(prec, delay):
    with localcontext(prec=prec):
        await asyncio.sleep(delay)
        return prec, str(D(1) / D(3)), getcontext().prec


async def main():
    got = await asyncio.gather(task(3, 0.02), task(8, 0.01), task(15, 0))
    print(got, getcontext().prec)


asyncio.run(main())
