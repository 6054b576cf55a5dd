# asyncio.create_task for 100,000 trivial coroutines, then gather them all. Reports seconds.
import asyncio

from _harness import timed

COUNT = 100_000


async def trivial(i):
    return i


async def main(count):
    tasks = [asyncio.create_task(trivial(i)) for i in range(count)]
    results = await asyncio.gather(*tasks)
    assert results[-1] == count - 1


if __name__ == "__main__":
    asyncio.run(main(COUNT // 10))          # warm-up, untimed
    timed("asyncio_create_task_gather_100k", lambda: asyncio.run(main(COUNT)))
