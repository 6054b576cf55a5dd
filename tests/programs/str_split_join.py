cases = ["a b  c", "  leading", "trailing  ", "", "   ", "a\tb\nc\x0bd\x0ce\rf", "one"]
for s in cases:
    print(repr(s), s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,,b".split(","), ",a,".split(","), "abcabc".split("bc"))
print("a<>b<>c".rsplit("<>", 1), "a b c".rsplit(maxsplit=1), "x".split("x"))
try:
    "a".split("")
except ValueError as e:
    print(e)
print("\n".join(["l1", "l2"]), "|".join(map(str, range(3))), "".join(reversed("abc")))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
print("a\r\nb\n\nc\r".splitlines(), "a\r\nb".splitlines(keepends=True), "\n".splitlines(), "x\n".split("\n"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("abc"))
try:
    "x".partition("")
except ValueError as e:
    print(e)
