print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 20))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
print(pow(2, 10), pow(2, 0.5), pow(2, -2), pow(-8, 1 / 3).real > 0, pow(7, 2, 5), pow(-7, 2, 5), pow(7, -1, 5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), hex(0), bin(0))
class Idx:
    def __index__(self): return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), [0] * 3 == [0, 0, 0])
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(chr(65), chr(0x263A), ord("A"), ord("☺"), ord(b"a"), ord(bytearray(b"z")))
print(int.__name__, float(), int(), complex(), str(), bool(), list(), tuple(), dict(), set())
print(abs(float("-inf")), divmod(0, 3), pow(0, 0), 0 ** 0, 0.0 ** 0)
try:
    abs("x")
except TypeError as e:
    print(e)
