# decimal: contexts, flags and traps, signals, localcontext
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, Inexact, Rounded, DivisionByZero, Overflow,
                     Underflow, InvalidOperation, FloatOperation, Clamped, Subnormal)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
for name in ["DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax", "DivisionImpossible", "DivisionUndefined",
             "InvalidContext", "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation"]:
    cls = getattr(decimal, name)
    print(name, [b.__name__ for b in cls.__bases__], cls.__module__)
c = Context(prec=5, rounding=decimal.ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(c, c.Etiny(), c.Etop(), c.prec, c.rounding, c.capitals, c.clamp)
print(c.flags)
print(c.traps[Overflow], c.traps[Inexact], c.flags[Inexact], len(c.flags), list(c.flags)[:3])
c2 = c.copy()
c2.prec = 7
print(c.prec, c2.prec, c2.flags[Inexact])
print(c.create_decimal("1.23456789"), c.create_decimal(12345678), c.create_decimal(0.1), c.create_decimal_from_float(0.1), c.create_decimal("NaN123456"))
print(c.add(1, 2), c.divide(D(1), 3), c.power(2, 20), c.sqrt(2), c.exp(1), c.to_sci_string(D("1E+20")))
try:
    c.multiply(D("9.9e9"), 100)
except Overflow as e:
    print("Overflow", e.args)
print(c)
c.clear_flags()
c.traps[Overflow] = False
print(c.multiply(D("9e9"), 100), c.flags[Overflow], c.flags[Inexact])
for f in [lambda: setattr(c, "prec", 0), lambda: setattr(c, "prec", "x"), lambda: setattr(c, "rounding", "UP"), lambda: setattr(c, "Emin", 5),
          lambda: setattr(c, "Emax", -1), lambda: setattr(c, "capitals", 2), lambda: setattr(c, "clamp", -1), lambda: setattr(c, "foo", 1),
          lambda: c.flags["x"], lambda: c.add(1.5, 1), lambda: c.add("1", 1), lambda: setcontext("ctx"), lambda: localcontext(prec=0),
          lambda: localcontext(bogus=1), lambda: Context(flags={Inexact: True}), lambda: D(1).sqrt(context=1)]:
    try:
        f()
        print("no error")
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)

ctx = getcontext()
ctx.clear_flags()
D(1) / D(3)
print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx.traps[Inexact] = True
try:
    D(2) / D(3)
except Inexact as e:
    print("trapped", type(e).__name__, e.args)
ctx.traps[Inexact] = False
ctx.clear_flags()
print(D(1) == 1.0, D(1) < 1.5, ctx.flags[FloatOperation])
ctx.traps[FloatOperation] = True
for f in [lambda: D(0.5), lambda: D(1) == 0.5, lambda: D(1) != 0.5, lambda: D(1) < 0.5, lambda: D.from_float(0.5), lambda: ctx.create_decimal(0.5)]:
    try:
        print(f())
    except FloatOperation as e:
        print("FloatOperation", e.args, isinstance(e, TypeError))
ctx.traps[FloatOperation] = False
print(ctx)

with localcontext() as lc:
    lc.prec = 6
    print(D(1) / D(7), getcontext() is lc, lc.prec)
print(D(1) / D(7), getcontext().prec)
with localcontext(prec=4, rounding=decimal.ROUND_UP, traps=[]) as lc:
    print(D(1) / D(7), D(1) / D(0), lc.flags[DivisionByZero], D(0) / D(0))
with localcontext(Context(prec=3, Emax=5, Emin=-5, traps=[])) as lc:
    print(D("123456"), +D("123456"), D("1e-7") * 1, D("9.99e5") * 10, sorted(s.__name__ for s, v in lc.flags.items() if v))
saved = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, D(1) / D(0), D(0) / D(0), D(-1).sqrt())
setcontext(saved)
print(getcontext() is saved)

tc = Context(prec=3, Emin=-5, Emax=5, traps=[])
for s in ["9.99e-6", "9.995e-6", "1e-8", "0.6e-7", "999.6e3", "1E-9", "0E-20", "0E+20", "1.23e-7"]:
    tc.clear_flags()
    r = tc.plus(D(s))
    print(s, repr(r), [k.__name__ for k, v in tc.flags.items() if v])
for m in ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR"]:
    oc = Context(prec=3, Emax=5, traps=[], rounding=m)
    print(m, oc.multiply(D("1e5"), 10), oc.multiply(D("-1e5"), 10))
for t in [[InvalidOperation], [DivisionByZero], [InvalidOperation, DivisionByZero], [Overflow, Inexact]]:
    with localcontext(traps=t):
        for f in [lambda: divmod(D(1), 0), lambda: D("1e999999") * 10, lambda: D("abc")]:
            try:
                print(repr(f()))
            except decimal.DecimalException as e:
                print(type(e).__name__, e)
import pickle
pc = pickle.loads(pickle.dumps(Context(prec=11, flags=[Rounded], traps=[Clamped])))
print(pc, Context().__reduce__())
