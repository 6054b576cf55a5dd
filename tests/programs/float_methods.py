import math
for v in [1.0, 0.5, 0.1, -2.5, 3.75, 1e-3, 1024.0, 0.0, -0.0]:
    print(v, v.hex(), v.as_integer_ratio(), v.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print(float.fromhex(0.1.hex()) == 0.1)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(math.inf.hex(), float("nan").hex() if False else "nan", (5e-324).hex())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(float("inf").is_integer(), (1e300).is_integer())
print((7.0).__trunc__(), (7.9).__floor__(), (7.1).__ceil__(), (-7.5).__round__(), (2.5).__round__())
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7), int(-3.7))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], math.isnan(nan))
inf = float("inf")
print(inf > 1e308, -inf < -1e308, inf - inf, inf * 0, inf + 1 == inf, inf / inf)
print(1.0 == 1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, math.isclose(0.1 * 3, 0.3))
print(float.__name__, type(1.0).__mro__)
print(max(1.0, 2), min(-0.0, 0.0), max(0.0, -0.0))
print(sorted([3.5, -1.0, 2.0, 0.0, -0.0]))
