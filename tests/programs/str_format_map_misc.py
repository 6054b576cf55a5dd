class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age}".format_map(Default(name="Ann")))
print("{0!r:>10}|{1:^5}|".format("s", 7), "{:*>+8.2f}".format(3.14159), "{:#06x}".format(255))
print("{0.imag} {0.real}".format(3 + 4j), "{d[a]} {l[0]}".format(d={"a": "A"}, l=[9]))
print("%s and %s" % ("a", "b"), "%(x)s%%" % {"x": 5}, "%-6s|%6s|" % ("l", "r"))
print("{}".format({"a": 1}), "{}".format([1, "x"]), "{}".format(("t",)), "{}".format(None))
print("{:c}".format(65), "{:5c}|".format(66), "{:x<4d}".format(7), "{:>+05d}".format(3))
print("abc".__format__(""), (12).__format__("04"), format(1234, "_"), format(0.5, ".0%"))
print(str.format("{} {}", 1, 2), "{0}{0}{1}".format("ab", "c"), "{!s:.2}".format([1, 2, 3]))
