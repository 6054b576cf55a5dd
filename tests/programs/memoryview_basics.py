b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.itemsize, m.format)
m[0] = ord("A")
print(b)
m[1:3] = b"BC"
print(b)
ro = memoryview(b"xyz")
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(e)
print(ro == b"xyz", bytes(ro[::-1]), ro.hex())
sub = m[2:5]
print(bytes(sub), sub.obj is b)
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
ints = memoryview(bytes([1, 2, 3, 4]))
print(list(ints), ints.cast("B").tolist())
print(bytes(memoryview(b"abc")), bytearray(memoryview(b"ab")))
