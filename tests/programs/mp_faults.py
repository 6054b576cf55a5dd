# Faults in process pools: a worker that dies breaks a ProcessPoolExecutor promptly (BrokenProcessPool),
# and an unpicklable argument fails its future in the parent with a PicklingError.
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die(code):
    os._exit(code)


def identity(x):
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(identity, 41).result(timeout=60) + 1)
        f = ex.submit(die, 3)
        try:
            f.result(timeout=60)
        except BrokenProcessPool:
            print("BrokenProcessPool")
        try:
            ex.submit(identity, 1)
        except BrokenProcessPool:
            print("pool stays broken")
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(identity, lambda: 1)
        try:
            f.result(timeout=60)
        except (pickle.PicklingError, AttributeError) as e:
            print("unpicklable argument:", type(e).__name__)
        print(ex.submit(identity, "still works").result(timeout=60))
