import asyncio


async def worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return name.upper()


async def failing():
    await asyncio.sleep(0)
    raise ValueError("bad task")


async def main():
    results = []
    values = await asyncio.gather(worker("a", 0.02, results), worker("b", 0.01, results), worker("c", 0, results))
    print(values, sorted(results))
    out = await asyncio.gather(failing(), worker("d", 0, results), return_exceptions=True)
    print([type(x).__name__ for x in out])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    q = asyncio.Queue()

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        total = 0
        while (item := await q.get()) is not None:
            total += item
        return total

    _, total = await asyncio.gather(producer(), consumer())
    print("queue total", total)
    lock = asyncio.Lock()
    counter = 0

    async def bump():
        nonlocal counter
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1

    await asyncio.gather(*(bump() for _ in range(20)))
    print("counter", counter)
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    done, pending = await asyncio.wait([asyncio.create_task(worker("x", 0, [])), asyncio.create_task(asyncio.sleep(5))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()


asyncio.run(main())
print("loop closed")
