# Start-up of a process pool as a fresh program sees it: Pool(4) creation plus a first map of 4 tiny tasks,
# with the start method given on the command line (default spawn, the only one on Skein; CPython on Linux
# defaults to fork). Prints TIME pool4_create_first_map_<method> <seconds>; run it several times and take
# the median, e.g. for i in 1 2 3 4 5 6 7; do ./skein bench/processes/pool_startup.py; done
import sys
import time
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else "spawn"
    start = time.perf_counter()
    with mp.get_context(method).Pool(4) as pool:
        assert pool.map(square, range(4)) == [0, 1, 4, 9]
    print("TIME pool4_create_first_map_%s %.4f" % (method, time.perf_counter() - start), flush=True)
