print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"), "{name} {0}".format(1, name="n"))
print("{0[1]} {0[key]} {1.real}".format({1: "one", "key": "k"}, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}".format("r", "l", "c", "s", 3.14159, 5))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:,} {:_} {:_x} {:,.3f} {:.2%} {:e} {:.3g}".format(10 ** 9, 10 ** 9, 0xffffffff, 1234.5, 0.12345, 1234.5, 0.0001234))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}".format(10, 10, 255, 255, 5, 8, 255, 9731))
print("{:=+8d}|{:=8}|{: d}|{:-d}".format(42, -42, 42, 42))
print("{:{w}.{p}f}|{:{}}".format(3.14159, "x", 5, w=10, p=2))
print("{{}} {{{0}}}".format(7))
print("{:s}".format("str"), "{:10}".format(3), "{:10}".format("s"), "{:<10}".format(3))
print("{:n}".format(1234567), "{:g}".format(1e-5), "{:g}".format(123456789.0), "{:G}".format(1e100))
print("{:.0e} {:#.0f} {:#x}".format(5, 3.0, 0))
print("{:%}".format(1), "{:.1%}".format(1 / 3), "{:f}".format(float("inf")), "{:F}".format(float("nan")))
print(format(12, "05"), format(-12, "05"), format(1.5, "08.2f"), format(-1.5, "+08.2f"))
print(format("abc", ".2"), format("abc", "^7.1"), format(255, "#010x"), format(1e6, ",.0f"))
for bad in ["{:d}".format, "{:s}".format]:
    try:
        bad(1.5 if bad.__self__ == "{:d}" else 5)
    except ValueError as e:
        print(e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{1}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError", e)
try:
    "{:,d}".format("s")
except ValueError as e:
    print(e)
print("{0:>{1}}".format("ab", 6), "{:>{}}".format("cd", 4))
print("{:.3}".format(3.14159), "{:.3}".format("string"), "{}".format(1.0), "{:}".format(2.50))
print("{:,}".format(-1234567.891), "{:08,.1f}".format(1234.5), "{:_b}".format(1023))
