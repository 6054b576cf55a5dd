# asyncio Semaphore/BoundedSemaphore, Condition, Barrier, Event; async generators (aclose, athrow, asend,
# finalisation by loop.shutdown_asyncgens); contextvars copied into tasks and callbacks; several event loops
# running in several threads at once.
import asyncio
import contextvars
import threading


async def semaphores():
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]

    async def worker(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
        return i
    print("semaphore", await asyncio.gather(*(worker(i) for i in range(6))), "peak", peak[0], sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("locked", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


async def conditions():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((name, items.pop(0)))

    tasks = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("condition", log)
    waiter_log = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            waiter_log.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("notify_all", waiter_log)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)


async def barriers():
    barrier = asyncio.Barrier(3)
    print("barrier", barrier.parties, barrier.n_waiting, barrier.broken)
    out = []

    async def party(i):
        await asyncio.sleep(i * 0.001)
        index = await barrier.wait()
        out.append(index)
    await asyncio.gather(*(party(i) for i in range(3)))
    print("indices", sorted(out), barrier.n_waiting)
    b2 = asyncio.Barrier(2)

    async def lonely():
        await b2.wait()
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", type(e).__mro__[1].__name__, b2.broken)
    await b2.reset()
    print("after reset", b2.broken)


async def events():
    ev = asyncio.Event()
    print("event", ev.is_set())

    async def waiter(i):
        await ev.wait()
        return i
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("woken", await asyncio.gather(*tasks), ev.is_set())
    ev.clear()
    print("cleared", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("wait timed out")


async def ticker(n, log):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                log.append(("sent", received))
    except ValueError as e:
        log.append(("thrown", str(e)))
        yield -1
    finally:
        log.append("finally")
        await asyncio.sleep(0)
        log.append("finally after await")


async def agens():
    log = []
    g = ticker(10, log)
    print("first", await g.__anext__(), await g.asend("hello"))
    print("athrow", await g.athrow(ValueError("boom")))
    await g.aclose()
    print("log", log)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print("collected", [x async for x in ticker(3, [])])
    print("aiter/anext", await anext(aiter(ticker(3, []))), await anext(ticker(0, []), "default"))
    g2 = ticker(5, log)
    await g2.asend(None)
    log.clear()
    return g2


def shutdown_asyncgens():
    loop = asyncio.new_event_loop()
    log = []

    async def start():
        g = ticker(5, log)
        await g.__anext__()
        return g
    g = loop.run_until_complete(start())
    print("before shutdown", log)
    loop.run_until_complete(loop.shutdown_asyncgens())
    print("after shutdown", log)
    loop.close()


var = contextvars.ContextVar("var", default="default")


async def contexts():
    var.set("parent")

    async def child(v):
        before = var.get()
        var.set(v)
        await asyncio.sleep(0)
        return before, var.get()
    print("children", await asyncio.gather(child("a"), child("b")))
    print("parent unchanged", var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    print("task with context", await asyncio.create_task(child("c"), context=ctx), ctx[var])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(var.get()), context=ctx)
    print("callback context", await fut)
    print("to_thread context", await asyncio.to_thread(var.get))


def loops_in_threads():
    results = {}

    async def work(n):
        total = 0
        for i in range(n):
            total += await asyncio.sleep(0, result=i)
        q = asyncio.Queue()
        for i in range(5):
            q.put_nowait(i)
        got = [await q.get() for _ in range(5)]
        return total, got, asyncio.get_running_loop() is not None

    def run(i):
        results[i] = asyncio.run(work(100 * (i + 1)))
    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("loops in threads", sorted(results.items()))
    loops = []

    def grab():
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        loops.append(asyncio.get_event_loop())
        loop.close()
    threads = [threading.Thread(target=grab) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("distinct loops", loops[0] is not loops[1])


asyncio.run(semaphores())
asyncio.run(conditions())
asyncio.run(barriers())
asyncio.run(events())
asyncio.run(agens())
shutdown_asyncgens()
asyncio.run(contexts())
loops_in_threads()
