print("abc" == "abc", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "Z" < "a", "é" > "z", "10" < "9")
print(sorted(["banana", "Apple", "apple", "10", "9", "_x", "Éclair"]))
print("a" * 0, "ab" * -1, "-" * 10, "ab" + "cd", "x" in "xyz", "xz" in "xyz", "" in "")
print(min(["bb", "a", "ccc"]), max("azb"), "abc".__lt__("abd"), "a".__eq__(1))
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
s = "hello"
print(s is s[:], s == s[:], s[::-1][::-1] == s, id(s) == id(s))
print(str(123), str(-1.5), str([1, "2"]), str(None), str(b"x", "ascii"), str(object)[:14])
print(ord(max("hello")), chr(ord("a") + 1), "".join(chr(c) for c in range(97, 102)))
