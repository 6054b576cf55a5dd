print(int("42"), int("  -17\n"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("101", 2))
print(int("z", 36), int("ZZ", 36), int("10", 8), int("777", 8), int("12", 3))
print(int("0", 0), int("00", 0), int("1_0", 0), int("0x_1f", 0))
for s, base in [("abc", 10), ("", 10), ("1.5", 10), ("12", 2), ("0x10", 10), ("010", 0), ("1__0", 10), ("_1", 10), (" ", 10), ("9", 8)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(3.99), int(-3.99), int(b"12"), int(bytearray(b"34")))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
class HasInt:
    def __int__(self): return 7
class HasIndex:
    def __index__(self): return 8
class HasTrunc:
    def __trunc__(self): return 9
print(int(HasInt()), int(HasIndex()))
print(int("٣"), int("١٢"))
print(int("1" * 100) % 97)
