from fractions import Fraction as F
from decimal import Decimal as D, getcontext, ROUND_HALF_UP, localcontext
a = F(1, 3)
print(a, repr(a), a + F(1, 6), a * 3, a / F(2, 9), a ** 2, -a, abs(-a), a.numerator, a.denominator)
print(F(6, 4), F("3/4"), F("1.25"), F(0.5), F(0.1), F(0.1).limit_denominator(100), F(2, -4))
print(a == F(2, 6), a < 0.5, a + 1, 1 - a, float(a), int(F(7, 2)), round(F(7, 2)), round(F(5, 2)), F(1, 3) + 0.5)
print(sorted([F(1, 2), F(1, 3), F(2, 3)]), F(3, 4).as_integer_ratio(), math_floor := __import__("math").floor(F(-7, 2)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
x = D("0.1") + D("0.2")
print(x, repr(x), x == D("0.3"), D("1.10") + D("2.205"), D("10") / D("4"), D(1) / D(3))
print(D("1.005").quantize(D("0.01")), D("1.005").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.5").to_integral_value(), D("-0"), D("1e3"), D("1E+3").normalize())
print(D(0.1), D(5), D("3.14159").as_tuple(), D("NaN"), D("-Infinity"), D("1.50").normalize(), str(D("0.000001")), str(D("0.0000001")))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") * 1)
print(getcontext().prec, D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"), divmod(D("7.5"), D("2")))
print(D("1.2") * 3, sum([D("0.1")] * 10), D("2").sqrt(), D("100").log10(), D(10) ** 3, max(D("1.5"), D("1.49")))
try:
    D("abc")
except Exception as e:
    print(type(e).__name__)
print(int(D("7.9")), float(D("0.25")), D("1.23").compare(D("1.3")), round(D("2.675"), 2), f"{D('1234.5'):,.2f}")
