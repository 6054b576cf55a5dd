# decimal: quantize, integral rounding, sqrt/exp/ln/log10, power and the other spec operations
from decimal import Decimal as D, Context, localcontext, getcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, InvalidOperation
import decimal

print(D("1.005").quantize(D("0.01")), D("1.005").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("7.32").quantize(D("1e+1")), D("-0").quantize(D("1e-3")))
print(D("123.456").quantize(D("1e-5")), D("inf").quantize(D("inf")), repr(D("1.5").quantize(D("nan"))), D("0.0001").quantize(D("1"), rounding=ROUND_UP))
for f in [lambda: D("1e30").quantize(D("0.01")), lambda: D("inf").quantize(D(1)), lambda: D(1).quantize(D("1e-1000000"))]:
    try:
        f()
    except InvalidOperation as e:
        print("InvalidOperation", e)
print(D("2.5").to_integral_value(), D("3.5").to_integral(), D("-2.7").to_integral_exact(rounding=ROUND_DOWN), D("1E+3").to_integral_value(), D("-0.4").to_integral_value())
print(D("1.50").normalize(), D("-1E+5").normalize(), D("0.00").normalize(), D(120).normalize(), D("-0.000").normalize(), D("1.2300E+4").normalize())
for v in ["2", "4", "0.04", "4.0", "400", "1e-3", "0e3", "-0", "1e100", "2e101", "0.5", "123456789.987654321", "inf"]:
    print("sqrt", v, D(v).sqrt())
for v in ["0", "1", "-1", "2.5", "1e-30", "-1e-30", "10", "100", "-100", "1000", "-3000", "inf", "-inf", "0.693147180559945309417232121458"]:
    print("exp", v, D(v).exp())
for v in ["1", "2", "10", "0.5", "100", "1e-30", "1.0000000001", "0.9999999999", "1e100", "123.456", "inf", "0"]:
    print("ln/log10", v, D(v).ln(), D(v).log10())
print(D(1000).log10(), D("0.001").log10(), D("1.000").log10(), D("1e5").log10(), D(2).logb(), D("0.00123").logb(), D("inf").logb())
for x, y in [(2, "0.5"), (4, "0.5"), (8, "1.5"), ("0.25", "0.5"), (2, 100), (3, 1000), ("1.1", 50), (2, -10), ("1.00", -1), (10, -3), (0, -1), ("-0", -3),
             ("-2", 3), ("-inf", 3), ("-inf", -2), ("inf", "-0.5"), (1, "inf"), ("0.5", "inf"), (2, "-inf"), (7, "1.234567"), ("1.0000001", 10000000), (2, "1e6")]:
    with localcontext(traps=[]) as c:
        r = D(x) ** D(y)
        print("pow", x, y, r, sorted(s.__name__ for s, v in c.flags.items() if v))
with localcontext(traps=[]) as c:
    print(D(0) ** 0, D(-2) ** D("0.5"), D("-1") ** D("inf"), sorted(s.__name__ for s, v in c.flags.items() if v))
print(pow(D(2), 10, 1000), pow(D(-7), 3, 10), pow(D(10), 100, 17))
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(2) ** D("0.5"))
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(2) ** D("0.5"), D(3) ** 30)
c = getcontext()
print(D(12).scaleb(3), D("1.5").scaleb(-2), D(12).shift(2), D(12).shift(-1), D(1234).rotate(2), D(1234).rotate(-1), D(5).shift(30) if False else "")
print(D("1").next_plus(), D("1").next_minus(), D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D(0).next_plus(), D("-inf").next_plus(), D("9.999999999999999999999999999E+999999").next_plus())
print(D(-1.5).copy_abs(), D(5).copy_sign(D(-1)), D(5).copy_negate(), D("1.234").same_quantum(D("1.000")), D("nan").same_quantum(D("snan")), D(1).same_quantum(D("inf")))
print(D(1010).logical_and(D(1100)), D(1001).logical_or(D(110)), D(1100).logical_xor(D(1010)), D(1).logical_invert(), D(2).fma(3, 4), D("1e30").fma(D("1e30"), D(-1)))
print(D("7.5").remainder_near(2), D(10).remainder_near(3), D(10).remainder_near(6), D(-10).remainder_near(4), D(7) % D("0.3"), D(7) // D("0.3"))
for v in ["5", "-0", "1e-999999", "1e-1000000", "nan", "snan", "-inf", "0.1", "-1e-1000020"]:
    d = D(v)
    print(v, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_canonical(), d.canonical(), d.radix())
for f in [lambda: D(0).logb(), lambda: D(2).scaleb(D("1.5")), lambda: D(2).shift(40), lambda: D(2).logical_and(3), lambda: D(-1).ln(), lambda: D(0).ln(), lambda: D(1).exp(context=5)]:
    try:
        print(f())
    except (decimal.DecimalException, TypeError) as e:
        print(type(e).__name__, e)
ctx = Context(prec=9, Emin=-99, Emax=99, traps=[])
print(ctx.power(D("1e50"), 3), ctx.exp(D(300)), ctx.exp(D(-300)), ctx.ln(D("1e-99")), ctx.divide_int(D("1e20"), 3), ctx.remainder(D("1e20"), 3), ctx.flags)
print(ctx.abs(-5), ctx.minus(5), ctx.plus(D("-0")), ctx.compare_signal(1, 2), ctx.max_mag(-3, 2), ctx.min(1, 2), ctx.divmod(7, 3), ctx.copy_decimal(4), ctx.is_zero(0), ctx.number_class(1))
print(D(10) ** 28, D(10) ** 29, D(2) ** D(100), D("0.1") ** 30, D(3) ** -3)
