cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnl\ncr\r", "back\\slash", "\x00\x07\x1b", "\x7f", "é", "€", "\u200b", "\ud800" if False else "x", "\U0001F600", "\xa0", "\xad", "🐍", "\x80\x9f"]
for s in cases:
    print(repr(s), ascii(s))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
print(str("x"), str(b"x"), str(1.0), str([1, "a"]), str(("a",)), repr([1, "a", None]))
print(repr("\N{EM DASH}"), ascii("\N{EM DASH}"), ascii("\U0001F600"))
print([chr(i) for i in (0x300, 0x2028, 0xe000, 0xfffe)])
print(repr(chr(0x10ffff)), repr("\u0378"))
