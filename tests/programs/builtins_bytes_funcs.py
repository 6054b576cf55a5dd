print(bytes(), bytes(2), bytes([1, 2]), bytes("abc", "ascii"), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")))
try:
    bytes("abc")
except TypeError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray([65]), bytearray("é", "utf-8"))
print(b"abc"[1], b"abc"[1:2], bytes([255])[0], list(b"\x00\xff"), b"ab" * 2, b"a" in b"abc", 97 in b"abc")
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()), bytes.fromhex("ff 00"), bytearray.fromhex("0a"), bytes(range(65, 70)))
print(ord(b"A"), chr(b"A"[0]), b"A"[0] == 65, str(b"A", "ascii"), b"\\n", len(b"\\n"))
