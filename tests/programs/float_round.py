for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 12.345, -12.345]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(5, 2), round(5.0, 0), type(round(5.0, 0)).__name__, round(7), round(-7, -1))
print(round(1e300, 2), round(1.5e-300, 300) == 1.5e-300, round(0.1, 20))
print(round(float("inf")) if False else "inf skip")
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print(round(2.5, None), round(25, -1), round(35, -1), round(45, -1), round(-25, -1))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.0005:.3f} {2.675:.2f}")
print("%.0f %.1f %.2f" % (0.5, 0.25, 0.125))
