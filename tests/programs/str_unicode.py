s = "naïve café ☕ 𝔘𝔫𝔦"
print(len(s), s.upper(), s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(s.encode("utf-8").decode("utf-8") == s)
print([ord(c) for c in "aé☕𝔘"], chr(233), chr(0x1F600), repr(chr(0)))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
print("ǅ".lower(), "ǅ".upper(), "ǅ".istitle(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Σίσυφος".upper(), "ΣΑΣ".lower())
print(b"\xff\xfe".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print("\u00e9" == "e\u0301", len("e\u0301"))
import unicodedata
print(unicodedata.normalize("NFC", "e\u0301") == "\u00e9", unicodedata.name("é"), unicodedata.category("A"), unicodedata.lookup("SNOWMAN"))
print("abc".encode("utf-16"), "a".encode("utf-32-be"))
print("x".center(5, "é"), "日本語".ljust(5, "*"), "日本語"[1:])
print(sorted(["b", "a", "é", "Z", "z", "É"]), "é" > "z")
print("\t\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028 ".isspace(), "a\u2028b".splitlines(), "a\x85b".split())
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), bytes("é", "utf-8"))
