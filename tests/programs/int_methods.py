for n in (0, 1, 255, 256, -1, -256, 2 ** 64):
    print(n, n.bit_length(), bin(n), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (5).to_bytes(4, byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((10).as_integer_ratio(), (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print(int.__name__, (5).__index__(), (3).__abs__(), (3).__neg__())
print((6).__truediv__(4), (6).__rtruediv__(3), (6).__floordiv__(4))
print((5).__add__(1.0), (5).__eq__(5.0), (5).__lt__("x"))
print(True.bit_length(), isinstance(True, int), True + True, True * 10, -True)
print(int.bit_length(37), int.from_bytes(b"\x01\x00", byteorder="little"))
print((2 ** 100).to_bytes(13, "big").hex())
print(int(True), int(False), int(" 42 "), int("-0"), int("+7"))
