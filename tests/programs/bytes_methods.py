b = b"Hello, World"
print(b.upper(), b.lower(), b.find(b"o"), b.count(b"l"), b.replace(b"l", b"L"), b.split(b", "), b.startswith(b"He"))
print(b[0], b[-1], b[1:4], b[::-1], list(b[:3]), b * 2, b + b"!", b"l" in b, 111 in b)
print(b.hex(), b.hex(":"), b"\x01\xab".hex(" ", 1), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"), bytes(range(3)))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(b" x ".strip(), b"a-b".partition(b"-"), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"Ab".istitle())
print(b"hello world".title(), b"hello".capitalize(), b"AbC".swapcase(), b"x\ty".expandtabs(4))
print(b"42".zfill(5), b"abc".ljust(5, b"."), b"abc".rjust(5), b"aXbXc".rsplit(b"X", 1), b"a\nb".splitlines())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"abc".index(b"c"), b"abc".rfind(b"z"))
print(repr(b"\x00\x7f\x80'\""), repr(b"'"), repr(b'"'), str(b"x"))
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", bytes is type(b""), hash(b"a") == hash(b"a"))
print(b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"%d-%s" % (1, b"x"), b"abc".isascii(), b"\xff".isascii(), b"A".lower())
print(b"a,b".split(b","), b"  a  b ".split(), b"x".join([b"1", b"2", b"3"]))
print(bytes.fromhex("41"), b"".join([bytearray(b"ab"), b"c"]))
print(memoryview(b"abc")[1], memoryview(b"abc").tobytes())
