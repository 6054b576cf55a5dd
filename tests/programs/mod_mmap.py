# mmap: anonymous and file-backed mappings, the file-like and sequence interfaces, memoryviews on the
# mapped memory, and CPython's errors.
import mmap
import os
import struct
import tempfile


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.PAGESIZE % 4096)
print(mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC)
print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.error is OSError)
print(sorted(n for n in dir(mmap.mmap) if not n.startswith('__')))

# The file-like interface.
m = mmap.mmap(-1, 16)
print(len(m), m[:], m.closed)
print(m.write(b'hello\nworld'), m.tell())
m.seek(0)
print(m.readline(), m.read(3), m.tell(), m.read(), m.tell())
m.seek(-5, 2)
print(m.tell(), m.read_byte())
m.seek(2)
m.seek(3, 1)
print(m.tell())
m.write_byte(33)
m.seek(0)
print(m.find(b'o'), m.find(b'o', 5), m.rfind(b'o'), m.find(b'zz'), m.find(b'l', -12, -8), m.rfind(b'l', 0, 4))
attempt('read past end', lambda: (m.seek(0, 2), m.read_byte()))
attempt('seek out', lambda: m.seek(100))
attempt('seek negative', lambda: m.seek(-1))
attempt('seek whence', lambda: m.seek(0, 5))
attempt('write too much', lambda: (m.seek(10), m.write(b'x' * 10)))
attempt('write_byte big', lambda: m.write_byte(300))
attempt('find str', lambda: m.find('o'))

# The sequence interface: ints for indexes, bytes for slices, one-byte bytes when iterating.
m.seek(0)
print(m[0], m[-1], m[1:5], m[::3], m[10:2], list(m)[:3], b'w' in m)
m[0] = 72
m[1:3] = b'EL'
m[12:16:2] = b'..'
print(m[:])
attempt('index', lambda: m[16])
attempt('bad index', lambda: m['a'])
attempt('item value', lambda: m.__setitem__(0, 256))
attempt('item type', lambda: m.__setitem__(0, b'a'))
attempt('slice size', lambda: m.__setitem__(slice(0, 2), b'abc'))
attempt('del item', lambda: m.__delitem__(0))
attempt('del slice', lambda: m.__delitem__(slice(0, 2)))
m.move(0, 6, 5)
print(m[:], m.flush(), bytes(m)[:5])
attempt('move', lambda: m.move(10, 0, 7))
attempt('flush range', lambda: m.flush(0, 100))
attempt('size of anonymous', lambda: m.size())
attempt('pickle', lambda: __import__('pickle').dumps(m))

# memoryviews: an open view keeps the mapping from closing or resizing.
v = memoryview(m)
print(len(v), v.readonly, v.format, v.obj is m, bytes(v[:5]))
v[0] = ord('W')
ints = v.cast('i')
ints[2] = 123456789
print(m[0], struct.unpack_from('i', m, 8), ints[2], len(ints))
struct.pack_into('d', m, 0, 1.5)
print(struct.unpack_from('d', v, 0), v[:8].tobytes() == struct.pack('d', 1.5))
attempt('close with view', m.close)
attempt('resize with view', lambda: m.resize(32))
v.release()
ints.release()
m.resize(32)
print(len(m), m[16:20])
m.close()
print(m.closed)
m.close()
attempt('read closed', m.read)
attempt('index closed', lambda: m[0])
attempt('len closed', lambda: len(m))
attempt('view closed', lambda: memoryview(m))

# Constructor checks.
attempt('zero length', lambda: mmap.mmap(-1, 0))
attempt('negative length', lambda: mmap.mmap(-1, -1))
attempt('negative offset', lambda: mmap.mmap(-1, 10, offset=-1))
attempt('bad access', lambda: mmap.mmap(-1, 10, access=9))
attempt('access and flags', lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ))
attempt('bad fd', lambda: mmap.mmap(987, 10))
attempt('str fd', lambda: mmap.mmap('a', 10))
with mmap.mmap(-1, 8, access=mmap.ACCESS_READ) as r:
    attempt('write readonly', lambda: r.write(b'a'))
    attempt('set readonly', lambda: r.__setitem__(0, 1))
    attempt('resize readonly', lambda: r.resize(3))
    with memoryview(r) as rv:
        print(rv.readonly)
        attempt('view write readonly', lambda: rv.__setitem__(0, 1))
print(r.closed)

# File-backed mappings: MAP_SHARED writes reach the file and other mappings; ACCESS_COPY stays private.
fd, path = tempfile.mkstemp()
try:
    os.write(fd, b'0123456789abcdef')
    with mmap.mmap(fd, 0) as f, mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as g, \
            mmap.mmap(fd, 8, access=mmap.ACCESS_COPY) as c:
        print(len(f), f.size(), f[:4], len(c))
        f[0:2] = b'XY'
        c[2:4] = b'cc'
        print(g[:4], c[:4])
        f.flush()
    with open(path, 'rb') as fh:
        print(fh.read())
    with mmap.mmap(fd, 0, offset=mmap.PAGESIZE * 0) as f:
        f.resize(20)
        print(len(f), f.size())
        with memoryview(f) as fv:
            fv[19] = 33
    with open(path, 'rb') as fh:
        print(fh.read())
    attempt('length past file', lambda: mmap.mmap(fd, 100))
    attempt('offset past file', lambda: mmap.mmap(fd, 0, offset=mmap.PAGESIZE))
    os.ftruncate(fd, 0)
    attempt('empty file', lambda: mmap.mmap(fd, 0))
finally:
    os.close(fd)
    os.unlink(path)
