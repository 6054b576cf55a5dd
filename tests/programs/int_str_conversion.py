for n in [0, 7, -7, 255, 10 ** 20, -(2 ** 100)]:
    print(str(n), repr(n), format(n, "x"), format(n, "o"), format(n, "b")[:20], format(n, ","), format(n, "_d"), format(n, "+"))
print(str(2 ** 1000)[:30], len(str(2 ** 1000)), len(str(3 ** 2000)), str(10 ** 100).count("0"))
print(int(str(2 ** 500)) == 2 ** 500, int("-" + "1" * 50), int("0" * 10 + "5"))
print(format(1234567, ">15,"), format(-1234567, "015,"), format(42, "^9"), format(42, "=+8"))
print("%d %5d %-5d| %x %o %e" % (10 ** 20, -3, -3, 10 ** 20, 2 ** 70, 10 ** 20))
print(float(10 ** 20), float(2 ** 100), int(float(2 ** 100)) == 2 ** 100, int(1e300) == 10 ** 300, int(1e23))
print(f"{2**64:,}", f"{-(2**64):x}", f"{255:#_b}")
