print("%s %r %a" % ("str", "rep", "é"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G %g %g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20, 100000.0, 1000000.0))
print("%c %c" % (65, "z"), "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%r" % ("a",))
print("%s" % None, "%d" % 3.99, "%.3s" % 12345, "%x" % -255, "%o" % -8)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", 1114112)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%r" % "x" if False else b"%a" % "x")
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%5.1f%%" % 99.5)
print("%#.3g|%-8.3e|%+.1f" % (1.0, 1234.5, 2.25))
print("%s" % {"a": 1}, "%(a)s %(a)r" % {"a": "x"})
