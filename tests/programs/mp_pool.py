from multiprocessing import Pool


def square(x):
    return x * x


def add(a, b):
    return a + b


def boom(x):
    if x == 3:
        raise KeyError("bad %d" % x)
    return x


if __name__ == "__main__":
    with Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply(add, (10, 20)))
        r = pool.apply_async(square, (7,))
        print(r.get(timeout=30), r.ready(), r.successful())
        print(list(pool.imap(square, range(5))))
        print(sorted(pool.imap_unordered(square, range(5))))
        print(pool.map(square, [], chunksize=2))
        try:
            pool.map(boom, range(5))
        except KeyError as e:
            print("KeyError from worker:", e)
        got = []
        res = pool.map_async(square, [1, 2, 3], callback=got.append)
        res.wait(30)
        print("callback got:", got)
    pool2 = Pool(2)
    print(pool2.map(square, range(20), chunksize=3))
    pool2.close()
    pool2.join()
    print("closed and joined")
