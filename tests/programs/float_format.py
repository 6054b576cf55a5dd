v = 1234.56789
for spec in ["", "f", ".0f", ".1f", ".10f", "e", ".2e", "E", "g", ".2g", ".10g", "G", "%", ".1%", "10.2f", "<10.2f", "^12.3f", "+.2f", " .2f", "010.2f", ",.2f", "_.3f", "#.0f", "#g", "n", ".3n"]:
    print(repr(spec), format(v, spec), format(-v, spec))
for x in [0.0, -0.0, 1e-10, 123456789.0, 1e16, 1.5e300, 0.5, 2.5, float("inf"), float("-inf"), float("nan")]:
    print(repr(x), format(x, "g"), format(x, ".3"), format(x, "e"), format(x, ".2f"), str(x), format(x, ""), format(x, "10"))
print(format(1e22, ".0f"), format(2 ** 0.5, ".20f"), format(0.1, ".17g"), format(100.0, ".0e"))
print(f"{1.0:.0%}", f"{0.0001:.1e}", f"{12.0:g}", f"{12.5:g}", f"{1e-4:g}", f"{1e-5:g}", f"{123456.0:g}", f"{1234567.0:g}")
print(format(3, ".2f"), format(3, "e"), format(3, "%"), format(True, ".1f"))
