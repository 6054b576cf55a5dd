# multiprocessing Value, Array, RawValue, RawArray and sharedctypes: shared memory seen by spawned children,
# locks around read-modify-write, typecodes and ctypes types, and CPython's errors.
import ctypes
import pickle
import multiprocessing as mp
from multiprocessing import sharedctypes


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def double_all(arr, text):
    for i in range(len(arr)):
        arr[i] = arr[i] * 2
    text.value = b'child'


def set_raw(rv, ra, flag):
    rv.value = 3.5
    ra[0] = 99
    ra[1:3] = [7, 8]
    flag.value = True


_shared = None


def init_worker(total):
    global _shared
    _shared = total


def accumulate(x):
    with _shared.get_lock():
        _shared.value += x
    return x * x


if __name__ == '__main__':
    counter = mp.Value('i', 0)
    print(counter, counter.value, type(counter).__name__, type(counter.get_lock()).__name__)
    workers = [mp.Process(target=add, args=(counter, 200)) for _ in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(counter.value, [p.exitcode for p in workers])

    arr = mp.Array('d', [1.0, 2.0, 3.0])
    text = mp.Array('c', b'hello')
    print(arr[:], len(arr), list(arr), arr[-1], type(arr).__name__)
    print(text.value, text.raw, text[0], text[1:3], type(text).__name__)
    p = mp.Process(target=double_all, args=(arr, text))
    p.start()
    p.join()
    print(arr[:], text.value, text.raw)

    rv = mp.RawValue('d', 1.0)
    ra = mp.RawArray('i', 4)
    flag = mp.RawValue(ctypes.c_bool, False)
    print(rv, ra[:], type(ra).__name__, flag)
    p = mp.Process(target=set_raw, args=(rv, ra, flag))
    p.start()
    p.join()
    print(rv.value, ra[:], flag.value)

    total = mp.Value('q', 0)
    with mp.Pool(2, initializer=init_worker, initargs=(total,)) as pool:
        squares = pool.map(accumulate, range(10))
    print(squares, total.value)

    # Typecodes and ctypes types.
    for code, init in [('b', -3), ('B', 255), ('h', -300), ('H', 65535), ('i', -7), ('I', 7), ('l', -2 ** 40),
                       ('L', 2 ** 40), ('q', 5), ('Q', 6), ('f', 0.1), ('d', 0.1), ('c', b'x')]:
        print(code, mp.Value(code, init), mp.RawValue(code, init).value)
    print(mp.Value(ctypes.c_double, 2.5), mp.Value(ctypes.c_int, 2 ** 33).value, mp.Value('i').value)
    print(mp.Array(ctypes.c_int, 3)[:], mp.RawArray('d', range(3))[:], mp.Array('c', 4).raw)

    # Locks: lock=False gives the raw object, a given lock is used, a lock must have acquire().
    raw = mp.Value('q', 7, lock=False)
    print(raw, type(raw).__name__)
    lock = mp.Lock()
    guarded = mp.Value('i', 1, lock=lock)
    print(guarded.get_lock() is lock, guarded.get_obj())
    with guarded:
        guarded.get_obj().value = 10
    print(guarded.value)
    try:
        mp.Value('i', 1, lock=5)
    except AttributeError as e:
        print('AttributeError', e)
    wrapped = sharedctypes.synchronized(mp.RawValue('b', -3))
    print(wrapped, wrapped.value, type(wrapped.get_lock()).__name__)

    # Arrays: indexing, slicing, assignment, iteration, errors.
    a = mp.Array('i', range(5))
    a[1:3] = [10, 20]
    a[-1] = 40
    print(a[1:4], a[::2], sum(a[:]), [x for x in a], len(a))
    for label, f in [('index', lambda: a[5]), ('assign', lambda: a.__setitem__(7, 1)),
                     ('slice size', lambda: a.__setitem__(slice(0, 2), [1])),
                     ('too long', lambda: setattr(text, 'value', b'too long for it')),
                     ('type', lambda: mp.Value('z')),
                     ('pickle', lambda: pickle.dumps(counter))]:
        try:
            f()
        except Exception as e:
            print(label, type(e).__name__, e)

    copied = sharedctypes.copy(ra)
    ra[3] = 5
    print(copied[:], ra[:], type(copied).__name__)
