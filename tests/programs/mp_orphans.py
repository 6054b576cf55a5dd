# A parent killed with SIGKILL while it has children: a Process, a Pool worker, a ProcessPoolExecutor worker
# and a Manager's server. On Skein they end on their own as soon as their parent is gone (they watch its
# lifeline pipe); CPython leaves them running. So that both print the same lines, this program kills any
# survivor itself after a few seconds and says nothing about it; the Skein guarantee is asserted by
# tests/Skein.Tests/SystemModules/ProcessLifelineTests.cs.
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def report_and_sleep(path):
    with open(path + '.tmp', 'w') as f:
        f.write(str(os.getpid()))
    os.rename(path + '.tmp', path)
    time.sleep(60)


def run_parent(tmp):
    ctx = mp.get_context('spawn')
    path = os.path.join(tmp, 'process')
    p = ctx.Process(target=report_and_sleep, args=(path,))
    p.start()
    pool = ctx.Pool(1)
    executor = ProcessPoolExecutor(1, mp_context=ctx)
    manager = ctx.Manager()
    pids = {'pool': pool.apply(os.getpid), 'executor': executor.submit(os.getpid).result(),
            'manager': manager._process.pid}
    while not os.path.exists(path):
        time.sleep(0.01)
    with open(path) as f:
        pids['process'] = int(f.read())
    print(json.dumps(pids), flush=True)
    time.sleep(60)


def alive(pid):
    # A zombie counts as gone: it has ended, and only waits for whoever adopted it to reap it.
    try:
        with open('/proc/%d/stat' % pid) as f:
            state = f.read().rsplit(')', 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != 'Z'


def wait_gone(pids, seconds):
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        run_parent(sys.argv[1])
        sys.exit(0)
    tmp = tempfile.mkdtemp()
    parent = subprocess.Popen([sys.executable, os.path.abspath(__file__), tmp], stdout=subprocess.PIPE, text=True)
    try:
        pids = json.loads(parent.stdout.readline())
        print("children started:", sorted(pids))
        parent.kill()
        print("parent killed:", parent.wait() == -signal.SIGKILL)
        wait_gone(pids.values(), 3)
        for pid in pids.values():
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        wait_gone(pids.values(), 10)
        print("no child left:", not any(alive(pid) for pid in pids.values()))
    finally:
        parent.stdout.close()
        shutil.rmtree(tmp)
