class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
    def __str__(self): return "Money-str"
    def __repr__(self): return "Money-repr"
m = Money(3.5)
print(f"{m:usd} {m:>8} {m} {m!r} {m!s}", "{:usd}".format(m), format(m, "usd"))
class NoFormat:
    def __str__(self): return "nf"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), ">5")
except TypeError as e:
    print(e)
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d}", format(d, "%d %b %Y"), str(d), repr(d))
print(format(None), format([1, 2]), format((1,), ""))
print(object.__format__(1, ""), format(True, ""), format(True, "^5"))
