# asyncio.timeout/timeout_at (reschedule, expired, nesting), wait_for, shield, as_completed, asyncio.Runner,
# cancellation with messages, Task.cancelling/uncancel, and TaskGroup cancellation.
import asyncio
import contextvars


async def slow(delay, value):
    await asyncio.sleep(delay)
    return value


async def timeouts():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("timeout repr type", type(cm).__name__, cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when None", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        print("rescheduled", cm.when() is not None)
        await asyncio.sleep(0)
    print("not expired", cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            async with asyncio.timeout(5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout_at fired")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("converted to TimeoutError")
    try:
        await asyncio.wait_for(slow(1, "x"), 0.01)
    except TimeoutError as e:
        print("wait_for", type(e).__name__)
    print("wait_for ok", await asyncio.wait_for(slow(0, "fast"), 1))
    try:
        async with asyncio.timeout(0.01) as cm:
            pass
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError", e)


async def shielding():
    inner = asyncio.ensure_future(slow(0.02, "inner result"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print("inner finishes", await inner)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.shield(slow(0.03, "shielded"))
    except TimeoutError:
        print("timeout around shield")


async def completed():
    coros = [slow(0.03, "c"), slow(0.01, "a"), slow(0.02, "b")]
    print("as_completed", [await f for f in asyncio.as_completed(coros)])
    try:
        for f in asyncio.as_completed([slow(1, "never")], timeout=0.01):
            await f
    except TimeoutError:
        print("as_completed timeout")


async def cancellation():
    async def victim():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("victim got", e.args)
            raise

    t = asyncio.create_task(victim(), name="victim")
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__, e.args)

    async def stubborn():
        task = asyncio.current_task()
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn cancelling", task.cancelling())
            print("uncancel", task.uncancel(), task.cancelling())
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn", await t)

    t = asyncio.create_task(slow(1, None))
    await asyncio.sleep(0)
    t.cancel("twice")
    t.cancel("again")
    print("cancelling count", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("message of first cancel", e.args)

    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="future message")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future", e.args)

    async def group_member(i):
        if i == 2:
            await asyncio.sleep(0.01)
            raise ValueError("member 2 failed")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append(i)
            raise
    cancelled = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(group_member(i))
    except* ValueError as eg:
        print("TaskGroup", [str(e) for e in eg.exceptions], "cancelled members", sorted(cancelled))


var = contextvars.ContextVar("var", default="unset")


async def show_var():
    return var.get()


def runner():
    with asyncio.Runner() as r:
        print("runner", r.run(slow(0, "one")), r.run(slow(0, "two")))
        loop = r.get_loop()
        print("same loop", loop is r.get_loop(), loop.is_closed())
        var.set("in runner")
        print("runner context", r.run(show_var()))
    print("closed after with", loop.is_closed())
    r = asyncio.Runner()
    r.close()
    try:
        r.run(slow(0, None))
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.run(1)
    except ValueError as e:
        print("ValueError", e)

    async def nested():
        coro = slow(0, None)
        try:
            asyncio.run(coro)
        except RuntimeError as e:
            print("RuntimeError", e)
        coro.close()
    asyncio.run(nested())


asyncio.run(timeouts())
asyncio.run(shielding())
asyncio.run(completed())
asyncio.run(cancellation())
runner()
