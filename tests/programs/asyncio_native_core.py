# asyncio's native core (_asyncio): Future, Task and Handle behave as CPython's; subclasses of Future and
# Task; contexts of tasks and callbacks; the running-loop and current-task functions.
import asyncio
import contextvars
import functools
import re

import _asyncio


def clean(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", re.sub(r"at [^ >]+:\d+", "at FILE:LINE", text))


def attempt(f, *args):
    try:
        return f(*args)
    except BaseException as e:
        print(type(e).__name__ + ":", clean(str(e)))


var = contextvars.ContextVar("var", default="default")


async def child(value, log):
    var.set(value)
    await asyncio.sleep(0)
    log.append((value, var.get()))
    return value * 2


async def fail():
    await asyncio.sleep(0)
    raise ValueError("child failed")


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag):
        super().__init__(loop=loop)
        self.tag = tag

    def set_result(self, result):
        super().set_result(("wrapped", result))


class CountingTask(asyncio.Task):
    steps = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.created = True


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task, type(loop.create_future()).__module__)
    print(asyncio.get_running_loop() is _asyncio.get_running_loop() is _asyncio._get_running_loop() is loop)

    # Future states, results, exceptions and reprs.
    f = loop.create_future()
    print(repr(f), f._state, f.done(), f.cancelled(), f._callbacks, f.get_loop() is loop)
    attempt(f.result)
    attempt(f.exception)
    loop.call_soon(f.set_result, [1, 2])
    print(await f, repr(f), f._result)
    attempt(f.set_result, 3)
    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g), type(g.exception()).__name__)
    attempt(g.result)
    attempt(loop.create_future().set_exception, StopIteration())
    attempt(loop.create_future().set_exception, "not an exception")
    h = loop.create_future()
    h.add_done_callback(print)
    h.add_done_callback(functools.partial(print, "second"))
    print(clean(repr(h)))
    print(h.remove_done_callback(print), len(h._callbacks))
    print(h.cancel("stop"), h.cancel(), h.cancelled(), repr(h))
    attempt(h.result)
    await asyncio.sleep(0)
    attempt(setattr, h, "_log_traceback", True)
    h._asyncio_future_blocking = True
    print(h._asyncio_future_blocking, asyncio.isfuture(h), asyncio.isfuture(object()))
    print(asyncio.Future[int], asyncio.Task[str])

    # Tasks: names, results, exceptions, cancellation with a message.
    log = []
    t1 = asyncio.create_task(child(1, log))
    t2 = asyncio.create_task(child(2, log), name="second")
    print(t1.get_name(), t2.get_name(), repr(t2).split(" coro=")[0])
    print(await t1, await t2, log, var.get())
    print(clean(repr(t1)))
    t3 = asyncio.create_task(fail())
    try:
        await t3
    except ValueError as e:
        print("awaited:", e, type(t3.exception()).__name__, t3.done())
    sleeper = asyncio.create_task(asyncio.sleep(10), name="sleeper")
    await asyncio.sleep(0)
    print(clean(repr(sleeper)))
    print(sleeper.cancel("enough"), sleeper.cancelling(), clean(repr(sleeper)))
    try:
        await sleeper
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, sleeper.cancelled(), sleeper.uncancel())
    attempt(sleeper.set_result, 1)
    attempt(sleeper.set_exception, ValueError())
    attempt(asyncio.Task, "not a coroutine")
    t4 = asyncio.create_task(child(4, log))
    t4.set_name(1234)
    print(t4.get_name(), t4.get_coro().__name__, await t4)

    # A task awaiting itself.
    async def await_self():
        await me
    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", clean(str(e)).split(":")[0])

    # Subclasses keep their overrides; Python code sees their extra attributes.
    mf = MyFuture(tag="t")
    loop.call_soon(mf.set_result, 5)
    print(await mf, mf.tag, isinstance(mf, asyncio.Future), type(mf).__mro__[1].__module__)
    ct = CountingTask(child(8, log), name="counting")
    print(await ct, ct.created, ct.get_name(), type(ct).__name__, isinstance(ct, asyncio.Future))
    loop.set_task_factory(lambda loop, coro, **kw: CountingTask(coro, loop=loop, **kw))
    factory_task = asyncio.create_task(child(9, log))
    print(type(factory_task).__name__, await factory_task)
    loop.set_task_factory(None)

    # Contexts: tasks copy the current context; callbacks run in theirs.
    var.set("outer")
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    seen = []
    loop.call_soon(lambda: seen.append(("call_soon", var.get())))
    loop.call_soon(lambda: seen.append(("call_soon ctx", var.get())), context=ctx)
    fut = loop.create_future()
    fut.add_done_callback(lambda _: seen.append(("done cb", var.get())))
    fut.add_done_callback(lambda _: seen.append(("done cb ctx", var.get())), context=ctx)
    fut.set_result(None)
    ctx_task = asyncio.create_task(child("task", log), context=ctx)
    await ctx_task
    await asyncio.sleep(0)
    print(seen, ctx[var], var.get())

    # Current task and the task registry.
    print(asyncio.current_task().get_name(), asyncio.current_task(loop) is asyncio.current_task())
    pending = asyncio.create_task(asyncio.sleep(1), name="pending")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    pending.cancel()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    attempt(_asyncio._enter_task, loop, pending)
    attempt(_asyncio._leave_task, loop, pending)

    # Handles: reprs, cancellation, and errors reported to the exception handler.
    handle = loop.call_soon(print, "handle ran")
    later = loop.call_later(10, print, "never")
    print(clean(repr(handle)), type(handle).__module__, isinstance(later, asyncio.Handle))
    later.cancel()
    print(clean(repr(later)).split(" when=")[0], later.cancelled())
    loop.set_exception_handler(lambda loop, context: print("handler:", clean(context["message"]),
                                                           type(context["exception"]).__name__))
    loop.call_soon(int, "x")
    await asyncio.sleep(0)
    results = await asyncio.gather(child(10, log), fail(), return_exceptions=True)
    print(results[0], type(results[1]).__name__)


asyncio.run(main())
attempt(asyncio.get_running_loop)
print(_asyncio._get_running_loop())
