# Ctrl-C in a parent of worker processes: the parent gets KeyboardInterrupt while its children run, the
# pool (left by its with-block) and the process (terminated) are gone afterwards, and the program goes on
# and ends cleanly. Here only the parent gets SIGINT; a terminal sends it to the whole process group, and
# then Skein's pool workers stop quietly too.
import os
import shutil
import signal
import tempfile
import threading
import time
import multiprocessing as mp


def report_and_sleep(path):
    with open(path, 'w'):
        pass
    time.sleep(60)


def wait_for(paths):
    deadline = time.monotonic() + 60
    while not all(os.path.exists(p) for p in paths):
        if time.monotonic() > deadline:
            raise RuntimeError("the tasks never started")
        time.sleep(0.01)


def pool_case(ctx, tmp):
    paths = [os.path.join(tmp, 'task%d' % i) for i in range(2)]
    try:
        with ctx.Pool(2) as pool:
            result = pool.map_async(report_and_sleep, paths, chunksize=1)
            wait_for(paths)
            os.kill(os.getpid(), signal.SIGINT)
            result.get(timeout=60)
            print("not interrupted")
    except KeyboardInterrupt:
        print("pool: KeyboardInterrupt")
    print("pool children left:", mp.active_children())


def process_case(ctx, tmp):
    path = os.path.join(tmp, 'process')
    p = ctx.Process(target=report_and_sleep, args=(path,))
    p.start()
    wait_for([path])
    threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        p.join(60)
        print("not interrupted")
    except KeyboardInterrupt:
        print("process: KeyboardInterrupt", p.is_alive())
        p.terminate()
        p.join()
    print("process exit code:", p.exitcode)
    print("process children left:", mp.active_children())


if __name__ == "__main__":
    # A launcher running this in the background may have left SIGINT ignored: act as a terminal program.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    ctx = mp.get_context('spawn')
    tmp = tempfile.mkdtemp()
    try:
        pool_case(ctx, tmp)
        process_case(ctx, tmp)
    finally:
        shutil.rmtree(tmp)
    print("done")
