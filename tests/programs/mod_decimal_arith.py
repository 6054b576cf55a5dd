# decimal: construction, arithmetic, rounding modes, integer conversions
from decimal import Decimal as D, Context, getcontext, localcontext
import decimal

print(D(), D(5), D(-12345678901234567890123456789), D("  1_000.50 "), D("-inf"), D("iNfInItY"))
print(repr(D("NaN")), repr(D("-sNaN12")), repr(D("nan0012")), repr(D("1E+3")), repr(D(".5")), repr(D("5.")))
print(D(0.1), D(-0.0), D(1e300), D(float("inf")), repr(D(float("nan"))), D.from_float(2.5), D.from_float(7))
print(D((0, (1, 2, 3), -2)), D((1, (), 5)), D((0, (0,), "F")), D([1, (4, 2), "n"]), D(D("3.14")))
print(D("\u0661\u0662.\u0663"), D("1e-0"), D("-0E+7"), D("12e1000"))
for bad in ["abc", "1e", "", " ", "1 0", "--1", "0x10", "1.2.3", "e5", "nan1.5"]:
    try:
        D(bad)
    except decimal.InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)
for bad in [(0, (1,), 1.5), (2, (1,), 0), (0, (10,), 0), (0, (1,), "x"), (0, (1,)), {}, 1j]:
    try:
        D(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

a, b = D("1.1"), D("2.20")
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(b, a), -a, +b, abs(D("-3.0")))
print(a + 1, 1 + a, 3 - a, a * 2, 2 / D(8), 7 // D(2), 7 % D(-3), D(-7) // 2, D(-7) % 2, divmod(-7, D(2)))
print(D(1) / D(3), D(2) / D(3), D(10) / D(4), D(100) / D(10), D("1.00") / D("0.1"), D(0) / D(5), D("0.00") / D("1E-5"))
print(D(2) ** 10, D(2) ** -2, D("1.1") ** 3, D(10) ** 40, D("0.5") ** D("0.5"), D(4) ** D("0.5"), pow(D(3), 4, 5), pow(D(-3), 3, 7))
print(D("12345678901234567890.123456789") * 1, D("9.999999999999999999999999999999") + 0, sum(D("0.1") for _ in range(10)))
for f in [lambda: D(1) + 1.5, lambda: 2.5 * D(1), lambda: D(1) ** 0.5, lambda: divmod(D(1), 2.0), lambda: D(1) + "1", lambda: D(1) < "a"]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0, lambda: divmod(D(1), 0), lambda: D(-1).sqrt(), lambda: D("inf") - D("inf")]:
    try:
        f()
    except decimal.DecimalException as e:
        print(type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))

modes = ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"]
vals = ["2.5", "-2.5", "1.45", "-1.55", "0.051", "1.0500001", "-0.0049", "9.95"]
for m in modes:
    row = [str(D(v).quantize(D("0.1"), rounding=getattr(decimal, m))) for v in vals]
    print(m.ljust(16), row)
    with localcontext(prec=3, rounding=m):
        print(" " * 16, [str(+D(v + "123")) for v in vals], D(2) / 3, D(-2) / 3)

x = D("-7.5")
print(int(x), int(D("1e30")), round(x), round(D("2.5")), round(D("3.5")), round(D("0.125"), 2), round(D("1234.5"), -2), math_floor := __import__("math").floor(x), __import__("math").ceil(x), __import__("math").trunc(x))
print(float(D("0.1")), float(D("-inf")), float(D("nan")), float(D("1e400")), complex(D("2.5")), bool(D(0)), bool(D("0.00")), bool(D("nan")), bool(D("-0.1")))
print(D("3.75").as_integer_ratio(), D("-1e3").as_integer_ratio(), D(0).as_integer_ratio(), D("1.5").as_tuple(), D("-inf").as_tuple(), D("sNaN7").as_tuple())
for f in [lambda: int(D("nan")), lambda: int(D("-inf")), lambda: round(D("inf")), lambda: D("nan").as_integer_ratio(), lambda: D("inf").as_integer_ratio(), lambda: float(D("snan")), lambda: hash(D("snan"))]:
    try:
        f()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(D("1.5").real, D("1.5").imag, D("1.5").conjugate(), D(5).adjusted(), D("0.00123").adjusted(), D("inf").adjusted())
import pickle, copy
for v in [D("1.50"), D("-0"), D("sNaN3"), D("-Infinity")]:
    print(repr(pickle.loads(pickle.dumps(v))), copy.copy(v) is v, copy.deepcopy(v) is v)
class MyDec(D):
    pass
m = MyDec("1.25")
print(type(m).__name__, repr(m), type(m + 1).__name__, type(copy.copy(m)).__name__, isinstance(m, D), repr(MyDec.from_float(0.5)), type(MyDec.from_float(0.5)).__name__)
try:
    D(1).foo = 1
except AttributeError as e:
    print("AttributeError")
