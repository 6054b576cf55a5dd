# Process start-up costs: Process start+join, Pool(4) creation plus a first map of 4 tiny tasks,
# Pool.map over 10,000 small items, ProcessPoolExecutor on the seed's CPU-bound function.
import time
from multiprocessing import Pool, Process
from concurrent.futures import ProcessPoolExecutor


def noop():
    pass


def square(x):
    return x * x


def fibonacci(_=None):
    a, b = 0, 1
    for i in range(20000):
        a, b = b, a + b
    return a % 1000


def timed(label, f):
    start = time.perf_counter()
    f()
    print("TIME %s %.4f" % (label, time.perf_counter() - start), flush=True)


def start_join():
    p = Process(target=noop)
    p.start()
    p.join()


def pool_first_map():
    with Pool(4) as pool:
        assert pool.map(square, range(4)) == [0, 1, 4, 9]


def pool_throughput():
    with Pool(2) as pool:
        assert sum(pool.map(square, range(10_000))) == sum(x * x for x in range(10_000))


def executor(n):
    def run():
        with ProcessPoolExecutor(max_workers=n) as ex:
            assert len(list(ex.map(fibonacci, range(8)))) == 8
    return run


if __name__ == "__main__":
    timed("process_start_join", start_join)
    timed("pool4_create_first_map", pool_first_map)
    timed("pool_map_10k", pool_throughput)
    for n in (1, 2, 4, 8):
        timed("ppe_fib_x8_workers%d" % n, executor(n))
