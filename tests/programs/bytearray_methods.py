ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba), ba[0], ba[1:3])
ba.append(33)
ba.extend(b" ok")
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b""
print(ba)
del ba[0]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
x = bytearray(b"abc")
x += b"def"
x *= 2
print(x, x.upper(), x.find(b"c"), x.hex(), bytearray.fromhex("6162"))
try:
    x[0] = 256
except ValueError as e:
    print(e)
try:
    x[0] = b"a"
except TypeError as e:
    print(e)
y = bytearray(b"a-b-c")
print(y.split(b"-"), y.replace(b"-", b"+"), y.decode(), bytes(y), y == b"a-b-c")
print(repr(bytearray(b"\x00'")), bytearray(b"abc").copy(), bytearray(b"ab") + b"c")
z = bytearray(b"0123456789")
z[::2] = b"abcde"
print(z)
del z[::3]
print(z)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
