# multiprocessing.Manager() synchronization across processes and threads: Queue, JoinableQueue, Event,
# Condition, Barrier, Lock/RLock/Semaphore, errors raised by them, and a proxy sent through a managed queue.
import multiprocessing
import queue
import threading


def queue_worker(q, jq, out):
    for i in range(5):
        q.put(i * i)
    q.put(None)
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(("consumed", item))
        jq.task_done()


def participant(k, ev, cond, state, barrier, handoff, out):
    out.put(("event", k, ev.wait(30)))
    with cond:
        out.put(("condition", k, cond.wait_for(lambda: state.value >= k, timeout=30)))
    out.put(("barrier", barrier.wait(30)))
    if k == 1:
        d = handoff.get(timeout=30)
        d["seen_by_child"] = type(d).__name__
        d["x"] += 1


def drain(out, n):
    return sorted(out.get(timeout=30) for _ in range(n))


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as m:
        out = m.Queue()

        # Queue: a child produces, this process consumes in order; then the child consumes a
        # JoinableQueue, whose join() returns once it has called task_done() for every item.
        q, jq = m.Queue(), m.JoinableQueue()
        worker = ctx.Process(target=queue_worker, args=(q, jq, out))
        worker.start()
        items = []
        while True:
            item = q.get(timeout=30)
            if item is None:
                break
            items.append(item)
        print("queue:", items, q.qsize(), q.empty())
        try:
            q.get(timeout=0.01)
        except queue.Empty:
            print("get timeout: queue.Empty")
        try:
            q.get_nowait()
        except queue.Empty as e:
            print("get_nowait:", type(e).__name__)
        print("repr:", type(q).__name__)
        for i in range(3):
            jq.put(i)
        jq.put(None)
        jq.join()
        worker.join()
        print("joinable:", drain(out, 3))

        # Two children wait for an Event, then on a Condition for a shared value to reach their
        # threshold, then meet this process at a Barrier; one then takes a dict proxy from a queue.
        ev, cond, state = m.Event(), m.Condition(), m.Value("i", 0)
        barrier, handoff = m.Barrier(3), m.Queue()
        procs = [ctx.Process(target=participant, args=(k, ev, cond, state, barrier, handoff, out)) for k in (1, 2)]
        for p in procs:
            p.start()
        print("is_set:", ev.is_set(), "short wait:", ev.wait(0.01))
        ev.set()
        print("event:", drain(out, 2), ev.is_set())
        for k in (1, 2):
            with cond:
                state.value = k
                cond.notify_all()
        print("condition:", drain(out, 2))
        mine = barrier.wait(30)
        indices = sorted([mine] + [index for _, index in drain(out, 2)])
        print("barrier:", indices, barrier.parties, barrier.broken)
        d = m.dict(x=1)
        handoff.put(d)
        for p in procs:
            p.join()
        print("exit codes:", [p.exitcode for p in procs], "n_waiting:", barrier.n_waiting)
        print("handoff:", sorted(d.items()))
        ev.clear()
        print("cleared:", ev.is_set())
        with cond:
            print("wait timeout:", cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01))
        b2 = m.Barrier(2)
        b2.abort()
        try:
            b2.wait(1)
        except threading.BrokenBarrierError as e:
            print("aborted:", type(e).__name__, b2.broken)

        # Lock, RLock, semaphores; threads of one process each get their own connection.
        lock, rlock = m.Lock(), m.RLock()
        print("lock:", lock.acquire(), lock.acquire(False), lock.acquire(True, 0.01))
        lock.release()
        with rlock:
            print("rlock reentrant:", rlock.acquire(), rlock.release())
        sem, bsem = m.Semaphore(2), m.BoundedSemaphore(1)
        print("semaphore:", sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
        bsem.acquire()
        bsem.release()
        try:
            bsem.release()
        except ValueError as e:
            print("bounded:", e)
        try:
            lock.release()
        except RuntimeError as e:
            print("unlocked release:", e)

        counter = m.Value("i", 0)

        def bump():
            for _ in range(10):
                with lock:
                    counter.value += 1

        threads = [threading.Thread(target=bump) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print("threads:", counter.value)

    print("done")
