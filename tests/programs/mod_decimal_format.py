# decimal: str, repr, to_eng_string and format()
from decimal import Decimal as D, localcontext, ROUND_DOWN
vals = ["0", "-0", "1.5", "123456.789", "0.000012345", "1E+5", "1.23E-10", "NaN", "-Infinity", "100", "0.5", "2.5", "12345678901234567890.5",
        "0E5", "0E-3", "-0.00", "1234.5", "9.99", "0.0001", "1E-7", "-0.00001", "sNaN12", "1.000E+3", "123E+5", "-5E-9"]
for v in vals:
    d = D(v)
    print(v.ljust(24), str(d).ljust(26), repr(d).ljust(34), d.to_eng_string())
specs = ["", ".3", ".3g", "g", ".0g", "e", ".2e", "E", "f", ".2f", ".0f", "%", ".1%", "n", ">12", "<12.2f", "^+12,.3f", "012.1f", ",",
         ".10g", "G", ".3G", "z.1f", "+", " ", ".12f", "010", "*^15e", "015,", "=+10.1f", "012,g", "09,f", ".1E", "+.3e", "-^9"]
for s in specs:
    print(repr(s), [format(D(v), s) for v in vals[:20]])
for s in ["abc", ".f", "10.2q", "x", "d", "b", ".2s", "5,_", "_f", "#.3g", "0>010", "^08"]:
    try:
        print(repr(s), format(D("1.5"), s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(f"{D('1234.5'):,.2f} {D('-0.5'):8.3} {D('1e3'):f} {D('12.345'):.1f} {D('12.355'):.2f}")
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(D("1.99"), ".1f"), format(D("1.25"), ".1f"), str(D("1E+10")), repr(D("1E+10")), format(D("123456"), ".2"), D(1).to_eng_string())
for v in ["1E+1", "1E+2", "1E+3", "1E+4", "1.23E-7", "0E+1", "0E+2", "0E-7", "-0E-8", "123.4E+7"]:
    print(v, D(v).to_eng_string(), str(D(v)))
