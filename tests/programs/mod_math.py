import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.cbrt(27), math.exp(1), math.exp2(10), math.expm1(1e-10))
print(math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(8, 2))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.gcd())
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.modf(3.75), math.frexp(8), math.ldexp(0.5, 4))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
print(math.pow(2, 0.5), math.pow(2, 10), math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__)
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.acos(2)", "math.factorial(2.5)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(math.sqrt(-0.0), math.copysign(1, math.nan) in (1.0, -1.0), math.floor(-0.0), math.ceil(0.2))
print(round(math.sin(math.pi), 10), math.cos(math.pi), math.isqrt(10 ** 30))
