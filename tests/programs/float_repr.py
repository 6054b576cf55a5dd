vals = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1e17, 1e-7, 1e-4, 1e-5, 123.456, 100.0, 1e22, 1e23,
        2 ** 0.5, 3.0, -0.0, 1.5e-10, 12345678901234567.0, 0.000123, 1.0e-320, 2.0 ** 63, 9007199254740993.0,
        float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308, 2.2250738585072014e-308, 4.35, 0.1 * 3,
        1.1 * 1.1, 100 / 7, 1e100, 123e-20, 5e-324]
for v in vals:
    print(repr(v), str(v))
print(float("0.1"), float("1e500"), float("-1e-500"), float("  7  "), float("1_2.5"))
print(float("Infinity"), float("-iNF"), float("+nan"))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(float(10 ** 20), float(True), float(-5))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(0.1 + 0.7, 0.5 - 0.4, 3 * 0.1, 1.1 + 2.2, 1e16 + 1, 1e16 + 2)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), 2.5 * 4)
