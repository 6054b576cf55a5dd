s = "Python"
print(s[0] + s[-1], s * 2, len(s), s.lower() in "i love python", s[1:-1], s[::-1], "-".join(s))
multi = """a
b"""
print(multi.count("\n"), repr(multi), 'a' 'b' "c", "%s" % s, f"{s}")
print("x" "y" == "xy", "a\
b", 'q"q', "q'q", '\'', "\"")
print("\x41\102\u0043\U00000044", "\N{DIGIT ONE}", "\t|".expandtabs(4), "\\n")
print(r"C:\path\to", r"\x41", len(r"\n"), rb"\x00", b"\x00")
print("abc" < "abd" < "b", "a" * 3 + "b" * 2, ("ab" "cd")[1:3], str(3) + "3", int("3" * 3) + 3)
text = "one two three two one"
print(text.find("two"), text.rfind("two"), text.replace("two", "2"), text.split().count("one"), text.title())
print(" ".join(w.capitalize() for w in text.split()), text.upper().lower() == text)
