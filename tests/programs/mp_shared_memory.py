# multiprocessing.shared_memory: blocks shared with spawned children by name or by pickling, ShareableList,
# and CPython's errors. Every block is unlinked before the end.
import multiprocessing as mp
from multiprocessing import shared_memory
from multiprocessing.shared_memory import SharedMemory, ShareableList


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def fill_by_name(name, start):
    shm = SharedMemory(name)
    for i in range(start, shm.size, 4):
        shm.buf[i] = i % 256
    shm.close()


def upper_in_place(shm):
    data = bytes(shm.buf[:5]).upper()
    shm.buf[:5] = data
    shm.close()


def edit_list(sl):
    sl[0] = sl[0] + 100
    sl[1] = 'changed'
    sl[2] = None
    sl[3] = sl[3] * 2
    sl.shm.close()


def create_for_parent(conn):
    shm = SharedMemory(create=True, size=64)
    shm.buf[:11] = b'from child!'
    conn.send(shm.name)
    conn.recv()
    shm.close()


if __name__ == '__main__':
    shm = SharedMemory(create=True, size=256)
    print(shm.name.startswith('psm_'), len(shm.name), shm.size, len(shm.buf), shm.buf.readonly)
    print(repr(shm) == 'SharedMemory(%r, size=256)' % shm.name)
    procs = [mp.Process(target=fill_by_name, args=(shm.name, k)) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([p.exitcode for p in procs], bytes(shm.buf[:8]), bytes(shm.buf[250:]))
    print(all(shm.buf[i] == i % 256 for i in range(shm.size)))

    shm.buf[:5] = b'hello'
    p = mp.Process(target=upper_in_place, args=(shm,))
    p.start()
    p.join()
    print(bytes(shm.buf[:5]))

    other = SharedMemory(shm.name)
    other.buf[5:7] = b'!!'
    print(bytes(shm.buf[:8]), other.size)
    other.close()
    print(other.buf)
    shm.close()
    shm.unlink()
    try:
        SharedMemory(shm.name)
    except FileNotFoundError as e:
        print('attach unlinked', e.errno, e.filename == '/' + shm.name)

    named = SharedMemory('skein_mp_shm_test', create=True, size=10)
    print(named.name, named.size)
    attempt('create existing', lambda: SharedMemory('skein_mp_shm_test', create=True, size=10))
    named.close()
    named.unlink()
    attempt('unlink twice', named.unlink)
    attempt('size zero', lambda: SharedMemory(create=True, size=0))
    attempt('negative size', lambda: SharedMemory(create=True, size=-1))
    attempt('no name', lambda: SharedMemory())
    attempt('unknown name', lambda: SharedMemory('skein_no_such_block'))

    # A block created by a child, read by the parent.
    here, there = mp.Pipe()
    p = mp.Process(target=create_for_parent, args=(there,))
    p.start()
    name = here.recv()
    theirs = SharedMemory(name)
    print(bytes(theirs.buf[:11]), theirs.size)
    theirs.close()
    theirs.unlink()
    here.send('done')
    p.join()

    sl = ShareableList([1, 'text', 2.5, 7, True, b'raw\x00bytes', None, -3, 'é' * 3, 10 ** 18])
    print(list(sl), len(sl))
    print(sl.format)
    print(repr(sl) == 'ShareableList(%r, name=%r)' % (list(sl), sl.shm.name))
    p = mp.Process(target=edit_list, args=(sl,))
    p.start()
    p.join()
    print(list(sl), sl.format)
    sl[4] = 'short'
    sl[6] = b'xyz'
    attempt('too long', lambda: sl.__setitem__(1, 'x' * 40))
    attempt('index', lambda: sl[10])
    attempt('assign index', lambda: sl.__setitem__(10, 1))
    print(sl[-1], sl.count(-3), sl.index(14), sl[4], sl[6])
    attempt('missing', lambda: sl.index('nope'))
    again = ShareableList(name=sl.shm.name)
    print(list(again) == list(sl), again.format == sl.format)
    again.shm.close()
    empty = ShareableList()
    print(list(empty), empty.format, len(empty), empty.shm.size, sl.shm.size)
    for block in (sl, empty):
        block.shm.close()
        block.shm.unlink()
    print(shared_memory.ShareableList[int])
