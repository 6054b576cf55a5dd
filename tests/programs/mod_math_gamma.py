# math.gamma and math.lgamma agree with CPython to the last digit (its Lanczos approximation), errors included.
import math
vals = [0.5, 1.5, 2.5, 3.3, 4.9, 5.0, 5.1, 7.7, 10, 10.5, 23, 24, 30.3, 100.7, 139.9, 141.2, 171.5, 199, -0.5, -1.5, -2.3, -10.7, -150.2, -199.9, 1e-21, -1e-21, 1e-5, 3e-8, 0.999, 1.001, 2.0001, 250.5, -250.5, 1e300]
for v in vals:
    out = []
    for f in (math.gamma, math.lgamma):
        try: out.append(repr(f(v)))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__ + ":" + str(e))
    print(v, *out)
for v in (0, -1, -2.0, float('inf'), float('-inf'), float('nan'), 5e-324):
    out = []
    for f in (math.gamma, math.lgamma):
        try: out.append(repr(f(v)))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__ + ":" + str(e))
    print(v, *out)
