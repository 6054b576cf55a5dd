s = "Grüße, 世界! 🎉"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]:
    b = s.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == s)
print("abc".encode("latin-1"), "ü".encode("latin-1"), "ü".encode("cp1252"), b"\xfc".decode("cp1252"))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(errors, "aé€".encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e.start, e.end, e.reason)
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"a\xffb".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e.start, e.reason)
print(b"\xef\xbb\xbfBOM".decode("utf-8-sig"), "x".encode("utf-8-sig"), "€".encode("utf-8").hex())
import codecs
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.lookup("UTF8").name)
print(bytes.decode(b"ok"), str(b"ok", "utf-8"), "é".encode() == b"\xc3\xa9", len("🎉".encode("utf-16-le")))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
