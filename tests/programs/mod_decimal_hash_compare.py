# decimal: hashing and comparisons with int, float, Fraction, complex
from decimal import Decimal as D, getcontext, InvalidOperation
from fractions import Fraction as F
import numbers, math, sys

for x in [0, 1, -1, 7, 10 ** 30, -2 ** 70, 0.5, -0.25, 1e100, 2.0 ** -40, F(1, 3), F(-7, 4), F(22, 7)]:
    d = D(x) if not isinstance(x, F) else D(x.numerator) / D(x.denominator)
    exact = d == x
    print(repr(x), exact, hash(d) == hash(x) if exact else "-", hash(D(str(d))) == hash(d))
print(hash(D("1.50")) == hash(D("1.5")) == hash(1.5), hash(D("1e3")) == hash(1000), hash(D("-0")) == hash(0), hash(D("inf")) == hash(math.inf), hash(D("-inf")) == hash(-math.inf))
print(hash(D("0.1")) == hash(F(1, 10)), hash(D("1e-50")) == hash(F(1, 10 ** 50)), hash(D("123.456e-30")) == hash(F(123456, 10 ** 33)))
n = D("NaN")
print(hash(n) == hash(n), hash(D(-1)), hash(D("-1.0")))
print(len({D("1"), D("1.0"), D("1.00"), 1, 1.0}), {D("0.5"): "a"}[0.5], {F(1, 4): "b"}[D("0.25")])
print(D(1) == 1, D("1.0") == 1, D("0.1") == 0.1, D("0.5") == 0.5, D("0.5") == F(1, 2), D("0.3") == F(3, 10), D(2) == 2 + 0j, D(2) == 2 + 1j, D(1) == "1", D(1) != "1")
print(D("1.5") < 2, D("1.5") > F(3, 2), D("1.5") >= F(3, 2), D("0.1") < 0.1, D("0.1") > 0.1, 1 < D("1.01"), F(1, 3) < D("0.34"), F(1, 3) > D("0.33"), 0.5 <= D("0.5"))
print(sorted([D("1.5"), 1, F(5, 4), 1.25, D("-inf"), D("1e1")]), max(D("1.0"), D("1")), min(D("2"), 1.5))
print(D("nan") == D("nan"), D("nan") != D("nan"), D("nan") == 1, D("inf") > 10 ** 100, D("-inf") < -1e308, D("inf") == float("inf"))
for f in [lambda: D("nan") < 1, lambda: D(1) >= D("nan"), lambda: D("snan") == 1, lambda: D(1) < 1j, lambda: D(1) < "x", lambda: F(1, 2) < D("nan")]:
    try:
        print(f())
    except (InvalidOperation, TypeError) as e:
        print(type(e).__name__, e)
getcontext().clear_flags()
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(D, numbers.Number))
print(F(D("0.75")), F(D("-1.25e-3")), F.from_decimal(D("2.5")), D("0.125").as_integer_ratio(), F(1, 3) + F(D("0.5")))
for v in [D("nan"), D("inf")]:
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(D(1).compare(D(2)), D(2).compare(D("2.0")), D("nan").compare(D(1)), D(-1).compare_total(D(1)), D("2.0").compare_total(D(2)), D("-2.0").compare_total(D(-2)))
print(D("NaN").compare_total(D("sNaN")), D("-NaN").compare_total(D("-inf")), D(1).compare_total_mag(D(-2)), D("NaN2").compare_total(D("NaN10")))
print(D(1).max(D("nan")), D("1.0").max(D(1)), D(-1).max_mag(D(1)), D(-2).min_mag(D(1)), D("-0").max(D("0")), D("1.00").min(D("1.0")), D(3).max(D(-5)))
import statistics
data = [D("0.5"), D("0.75"), D("0.625"), D("0.25")]
print(statistics.mean(data), statistics.median(data), sum(data), statistics.fmean([float(x) for x in data]))
