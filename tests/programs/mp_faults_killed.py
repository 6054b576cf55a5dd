# A worker killed from outside (SIGKILL) while it runs a task. ProcessPoolExecutor: the executor breaks at
# once, every pending future fails with BrokenProcessPool and later submits are refused. Pool: the worker is
# replaced and the pool goes on; the task it was running is lost, as in CPython (get(timeout) times out),
# and terminate() still returns with every worker reaped.
import os
import shutil
import signal
import tempfile
import time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def report_and_sleep(path):
    with open(path + '.tmp', 'w') as f:
        f.write(str(os.getpid()))
    os.rename(path + '.tmp', path)
    time.sleep(60)


def square(x):
    return x * x


def pid_of_task(path):
    deadline = time.monotonic() + 60
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            raise RuntimeError("the task never started")
        time.sleep(0.01)
    with open(path) as f:
        return int(f.read())


def executor_case(ctx, tmp):
    path = os.path.join(tmp, 'executor')
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print("before:", ex.submit(square, 6).result(timeout=60))
        doomed = ex.submit(report_and_sleep, path)
        other = ex.submit(time.sleep, 60)
        started = time.monotonic()
        os.kill(pid_of_task(path), signal.SIGKILL)
        for name, f in (("killed task", doomed), ("other task", other)):
            try:
                f.result(timeout=30)
            except BrokenProcessPool as e:
                print(name + ":", type(e).__name__, e)
        print("promptly:", time.monotonic() - started < 20)
        try:
            ex.submit(square, 2)
        except BrokenProcessPool as e:
            print("submit after:", type(e).__name__, e)
    print("executor children left:", mp.active_children())


def pool_case(ctx, tmp):
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(6)))
        path = os.path.join(tmp, 'apply')
        lost = pool.apply_async(report_and_sleep, (path,))
        os.kill(pid_of_task(path), signal.SIGKILL)
        try:
            lost.get(timeout=1)
        except mp.TimeoutError as e:
            print("apply_async:", repr(e), lost.ready())
        print("still works:", pool.map(square, range(6)))
        path = os.path.join(tmp, 'map')
        lost = pool.map_async(report_and_sleep, [path])
        os.kill(pid_of_task(path), signal.SIGKILL)
        try:
            lost.get(timeout=1)
        except mp.TimeoutError as e:
            print("map_async:", repr(e), lost.ready())
        print("after replacement:", pool.apply(square, (9,)))
    print("pool children left:", mp.active_children())


if __name__ == "__main__":
    ctx = mp.get_context('spawn')
    tmp = tempfile.mkdtemp()
    try:
        executor_case(ctx, tmp)
        pool_case(ctx, tmp)
    finally:
        shutil.rmtree(tmp)
