from concurrent.futures import ProcessPoolExecutor, as_completed, wait


def cube(x):
    return x ** 3


def fails(x):
    raise ValueError("worker says no: %d" % x)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(8))))
        print(list(ex.map(cube, range(8), chunksize=3)))
        futures = [ex.submit(cube, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(futures)))
        done, not_done = wait(futures)
        print(len(done), len(not_done))
        f = ex.submit(fails, 7)
        try:
            f.result()
        except ValueError as e:
            print("ValueError:", e)
            print("has remote traceback:", type(e.__cause__).__name__)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
