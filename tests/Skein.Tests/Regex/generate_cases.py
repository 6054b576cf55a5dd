"""Regenerates RegexCases.cs: runs each case on CPython 3.11 and records its result.

Run from this directory with python3 (3.11): python3 generate_cases.py > RegexCases.cs
"""
import re

I, M, S, X, A, U, L = re.I, re.M, re.S, re.X, re.A, re.U, re.L

# (operation, pattern, flags, arguments)
CASES = [
    # literals, classes, anchors
    ("search", "abc", 0, ["xxabcxx"]),
    ("search", "a.c", 0, ["a\nc abc"]),
    ("search", "a.c", S, ["a\nc abc"]),
    ("findall", "^\\w+", 0, ["one two\nthree"]),
    ("findall", "^\\w+", M, ["one two\nthree"]),
    ("findall", "\\w+$", 0, ["one\ntwo\n"]),
    ("findall", "\\w+$", M, ["one\ntwo\n"]),
    ("findall", "$", 0, ["a\n"]),
    ("findall", "$", M, ["a\nb\n"]),
    ("findall", "^", M, ["a\nb\n"]),
    ("search", "a\\Z", 0, ["a\n"]),
    ("search", "a$", 0, ["a\n"]),
    ("search", "\\Aa", 0, ["ba"]),
    ("findall", "[a-c]+", 0, ["abcdcba"]),
    ("findall", "[^a-c]+", 0, ["abcdxcba"]),
    ("findall", "[]a]+", 0, ["]a]b"]),
    ("findall", "[^]a]+", 0, ["]a]b"]),
    ("findall", "[a-]+", 0, ["a-b-"]),
    ("findall", "[\\d.]+", 0, ["1.5 x 22"]),
    ("findall", "[\\w-]+", 0, ["foo-bar baz"]),
    ("findall", "[\\W\\d]+", 0, ["ab12 cd!"]),
    ("findall", "[^\\W\\d]+", 0, ["ab12 cd!_x"]),
    ("findall", "[\\S]+", 0, ["a b\x1cc"]),
    ("findall", "\\s+", 0, ["a b\tc\x1cd\x1fe\u2028f\u00a0g\u200bh"]),
    ("findall", "\\S+", 0, ["a b\tc\x1cd\x1fe\u2028f\u00a0g"]),
    ("findall", "\\w+", 0, ["caf\u00e9 na\u0303o x\u00b2 \u2167 a\u203fb \u0661\u0662"]),
    ("findall", "\\w+", A, ["caf\u00e9 na\u0303o x\u00b2"]),
    ("findall", "\\d+", 0, ["12 \u0661\u0662 \u00b2"]),
    ("findall", "\\d+", A, ["12 \u0661\u0662"]),
    ("findall", "\\bfoo\\b", 0, ["foo foobar barfoo foo"]),
    ("findall", "\\bx\\b", 0, ["\u00e9x x\u00e9 x"]),
    ("findall", "\\bx\\b", A, ["\u00e9x x\u00e9 x"]),
    ("findall", "\\Bo\\B", 0, ["foo good o"]),
    ("search", "\\B", 0, [""]),
    ("search", "\\b", 0, [""]),
    ("findall", "\\x41\\u0042\\U00000043\\101\\0", 0, ["ABCA\x00"]),
    ("findall", "\\N{LATIN SMALL LETTER E WITH ACUTE}", 0, ["caf\u00e9"]),
    ("findall", "[\\x41-\\x43]+", 0, ["ABCD"]),
    ("findall", "[\\101\\102]+", 0, ["ABC"]),
    ("findall", "\\t\\n\\r\\f\\v\\a", 0, ["\t\n\r\f\v\a"]),
    ("findall", "[\\b]", 0, ["a\bb"]),
    ("findall", "\\.\\*\\-\\é", 0, [".*-\u00e9"]),
    # quantifiers
    ("search", "a{2,3}", 0, ["aaaa"]),
    ("search", "a{,2}", 0, ["aaaa"]),
    ("search", "a{2,}", 0, ["aaaa"]),
    ("search", "a{,}", 0, ["aaaa"]),
    ("search", "a{}", 0, ["a{}"]),
    ("search", "a{x}", 0, ["a{x}"]),
    ("search", "a{2", 0, ["a{2"]),
    ("search", "a{1,2}?", 0, ["aaa"]),
    ("search", "a+?", 0, ["aaa"]),
    ("search", "a*?b", 0, ["aaab"]),
    ("search", "a++a", 0, ["aaa"]),
    ("search", "a*+b", 0, ["aaab"]),
    ("search", "(?>a+)a", 0, ["aaa"]),
    ("search", "(?>a|ab)c", 0, ["abc"]),
    ("search", "(?:ab)+", 0, ["ababab"]),
    ("search", "(ab)*", 0, ["ababab"]),
    ("search", "\U0001F600+", 0, ["x\U0001F600\U0001F600y"]),
    # groups
    ("search", "(a)(b)(c)", 0, ["abc"]),
    ("search", "(?P<first>a)(?P<second>b)?", 0, ["ac"]),
    ("search", "(a)|(b)", 0, ["b"]),
    ("search", "((a)b)", 0, ["ab"]),
    ("search", "(a)()", 0, ["a"]),
    ("search", "((a))", 0, ["a"]),
    ("search", "(?:(a)|b)+", 0, ["ab"]),
    ("search", "(?:(a)|(b))+", 0, ["ab"]),
    ("search", "(?P<a>x)(?P=a)", 0, ["xx"]),
    ("search", "(a)\\1", 0, ["aa"]),
    ("search", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", 0, ["abcdefghijj"]),
    ("search", "(a)\\10", 0, ["aa\x08"]),
    ("search", "(?P<n>a)|b", 0, ["b"]),
    ("search", "(?P<x>a)(?P<y>b)(c)", 0, ["abc"]),
    ("search", "x(?=y)", 0, ["xzxy"]),
    ("search", "x(?!y)", 0, ["xyxz"]),
    ("search", "(?<=a)b", 0, ["cbab"]),
    ("search", "(?<!a)b", 0, ["abcb"]),
    ("search", "(?<=(a))b", 0, ["ab"]),
    ("search", "(?<=ab|cd)e", 0, ["cde"]),
    ("search", "(a)?(?(1)b|c)", 0, ["c"]),
    ("search", "(a)?(?(1)b|c)", 0, ["ab"]),
    ("search", "(?P<q>')?x(?(q)')", 0, ["'x'"]),
    ("search", "(?(1)a|b)(x)?", 0, ["b"]),
    ("search", "(a)|(b)(?(2)c)", 0, ["bc"]),
    ("search", "(?#comment)a", 0, ["a"]),
    # flags
    ("search", "abc", I, ["xABC"]),
    ("search", "(?i)abc", 0, ["xABC"]),
    ("search", "a(?i:b)c", 0, ["aBc aBC"]),
    ("search", "(?i)a(?-i:b)c", 0, ["ABC AbC"]),
    ("search", "(?s:.)", 0, ["\n"]),
    ("search", "(?m:^b)", 0, ["a\nb"]),
    ("findall", "[a-z]+", I, ["Hello WORLD"]),
    ("findall", "[^a-z]+", I, ["Hello WORLD"]),
    ("search", "\u00e9", I, ["\u00c9"]),
    ("search", "\u00e9", I | A, ["\u00c9"]),
    ("search", "(?a)[\u00e0-\u00ff]", I, ["\u00c9"]),
    ("search", "k", I | A, ["K"]),
    ("search", "\u03c3", I, ["\u03a3"]),
    ("search", "\\w+", I, ["ABC"]),
    ("findall", "s", I, ["sS\u017f"]),
    ("findall", "i", I, ["iI\u0130\u0131"]),
    ("findall", "[a-z]", I, ["\u017f\u212a\u0130"]),
    ("findall", "[^s]", I, ["\u017fSx"]),
    ("findall", "\u03c3", I, ["\u03a3\u03c2\u03c3"]),
    ("findall", "\u00b5", I, ["\u039c\u03bc"]),
    ("findall", "k", I, ["kK\u212a"]),
    ("findall", "\u00df", I, ["\u1e9e\u00df"]),
    ("findall", "(?i:s)|x", 0, ["\u017fX"]),
    ("search", "a b # comment\n c", X, ["abc"]),
    ("search", "(?x) a b [ ] ]", 0, ["ab ]"]),
    ("search", "a\\ b", X, ["a b"]),
    ("search", "(?x: a b )c", 0, ["abc"]),
    ("search", "a {2}", X, ["aa"]),
    ("compile", "(?i)(?m)a", 0, []),
    ("compile", "a", I | M, []),
    ("compile", "(?s)a", A, []),
    ("compile", "(?x)(?P<n>a)(b)", 0, []),
    # match, fullmatch, pos and endpos
    ("match", "a", 0, ["ba"]),
    ("match", "a", 0, ["ba", 1]),
    ("match", "^a", 0, ["ba", 1]),
    ("match", "a$", 0, ["ab", 0, 1]),
    ("search", "a", 0, ["aaa", 1, 2]),
    ("search", "a", 0, ["aaa", 5, 10]),
    ("search", "$", 0, ["ab", 0, 1]),
    ("search", "(?<=a)b", 0, ["ab", 1]),
    ("search", "a", 0, ["ab", -5, 100]),
    ("fullmatch", "a|ab", 0, ["ab"]),
    ("fullmatch", "a", 0, ["ab"]),
    ("fullmatch", "a", 0, ["ab", 0, 1]),
    ("fullmatch", "a*?", 0, ["aaa"]),
    # findall, finditer, split, sub
    ("findall", "(a)(b)?", 0, ["ab a"]),
    ("findall", "(a)|b", 0, ["ab"]),
    ("findall", "x*", 0, ["axbxxc"]),
    ("findall", "x*|a", 0, ["a"]),
    ("findall", "", 0, ["abc"]),
    ("findall", "\\b", 0, ["a b"]),
    ("findall", "a", 0, ["aaaa", 1, 3]),
    ("finditer", "x*", 0, ["axbxxc"]),
    ("finditer", "\\w+", 0, ["ab cd", 1]),
    ("split", ",", 0, ["a,b,,c", 0]),
    ("split", ",", 0, ["a,b,,c", 2]),
    ("split", "(,)", 0, ["a,b", 0]),
    ("split", "(,)|;", 0, ["a,b;c", 0]),
    ("split", "x*", 0, ["axbc", 0]),
    ("split", "\\b", 0, ["a b", 0]),
    ("split", "", 0, ["abc", 0]),
    ("split", "a", 0, ["bab", -1]),
    ("split", "^", M, ["a\nb\nc", 0]),
    ("sub", "a", 0, ["b", "aaa", 0]),
    ("sub", "a", 0, ["b", "aaa", 2]),
    ("sub", "a", 0, ["b", "aaa", -1]),
    ("sub", "x*", 0, ["-", "abxd", 0]),
    ("sub", "", 0, ["-", "abc", 0]),
    ("sub", "(a)(b)?", 0, ["[\\1|\\2]", "ab a", 0]),
    ("sub", "(?P<n>a)", 0, ["\\g<n>\\g<0>\\g<1>", "xa", 0]),
    ("sub", "a", 0, ["\\n\\t\\\\\\-", "a", 0]),
    ("sub", "a", 0, ["\\0\\08\\101", "a", 0]),
    ("sub", "(a)", 0, ["\\10", "a", 0]),
    ("sub", "(a)", 0, ["\\2", "a", 0]),
    ("sub", "(a)", 0, ["\\g<2>", "a", 0]),
    ("sub", "(a)", 0, ["\\g<x>", "a", 0]),
    ("sub", "(a)", 0, ["\\g<-1>", "a", 0]),
    ("sub", "(a)", 0, ["\\g<1", "a", 0]),
    ("sub", "(a)", 0, ["\\g", "a", 0]),
    ("sub", "(a)", 0, ["\\q", "a", 0]),
    ("sub", "(a)", 0, ["x\\", "a", 0]),
    ("sub", "(a)", 0, ["\\400", "a", 0]),
    ("subn", "a", 0, ["b", "aaa", 0]),
    ("subn", "z", 0, ["b", "aaa", 0]),
    # astral characters
    ("search", ".", 0, ["\U0001F600x"]),
    ("findall", ".", 0, ["a\U0001F600b"]),
    ("findall", "[^a]", 0, ["a\U0001F600b"]),
    ("findall", "[\U0001F600-\U0001F64F]+", 0, ["x\U0001F600\U0001F601y"]),
    ("findall", "[\U0001F300-\U0001F6FF]", 0, ["\U0001F300\U0001F5FF\U0001F600\U0001F6FF\U0001F700"]),
    ("findall", "[^\U0001F600]", 0, ["\U0001F600\U0001F601a"]),
    ("search", "b", 0, ["\U0001F600\U0001F600b"]),
    ("search", "(\U0001F600)(b)", 0, ["a\U0001F600b"]),
    ("search", "b", 0, ["\U0001F600ab", 2]),
    ("split", "\\W", 0, ["a\U0001F600b", 0]),
    ("sub", ".", 0, ["-", "a\U0001F600", 0]),
    ("findall", "", 0, ["\U0001F600\U0001F600"]),
    ("findall", "\\S", 0, ["\U0001F600 "]),
    # errors
    ("compile", "(", 0, []),
    ("compile", "a)", 0, []),
    ("compile", "*", 0, []),
    ("compile", "a**", 0, []),
    ("compile", "a{2}*", 0, []),
    ("compile", "a?+?", 0, []),
    ("compile", "(?<x", 0, []),
    ("compile", "\\q", 0, []),
    ("compile", "[a", 0, []),
    ("compile", "[z-a]", 0, []),
    ("compile", "[\\d-z]", 0, []),
    ("compile", "[a-\\d]", 0, []),
    ("compile", "(?P<1a>x)", 0, []),
    ("compile", "(?P<a>x)(?P<a>y)", 0, []),
    ("compile", "(?P=b)", 0, []),
    ("compile", "\\2", 0, []),
    ("compile", "(a\\1)", 0, []),
    ("compile", "(?<=a*)", 0, []),
    ("compile", "(?<=a|bc)", 0, []),
    ("compile", "(?i", 0, []),
    ("compile", "a(?i)", 0, []),
    ("compile", "(?z)", 0, []),
    ("compile", "(?-a:x)", 0, []),
    ("compile", "(?i-i:x)", 0, []),
    ("compile", "(?L)a", 0, []),
    ("compile", "(?au)a", 0, []),
    ("compile", "(?(3)a|b)", 0, []),
    ("compile", "(?(x)a|b)", 0, []),
    ("compile", "(?(1)a|b|c)", 0, []),
    ("compile", "(?(0)a)", 0, []),
    ("compile", "(?P", 0, []),
    ("compile", "(?Px)", 0, []),
    ("compile", "(?P<a", 0, []),
    ("compile", "(?P=", 0, []),
    ("compile", "a{3,2}", 0, []),
    ("compile", "\\777", 0, []),
    ("compile", "[\\A]", 0, []),
    ("compile", "[\\8]", 0, []),
    ("compile", "\\x1", 0, []),
    ("compile", "\\U0011ffff", 0, []),
    ("compile", "(?#abc", 0, []),
    ("compile", "x{4294967296}", 0, []),
    ("compile", "^*", 0, []),
    ("compile", "\\b*", 0, []),
    ("compile", "a\n(", 0, []),
    ("compile", "(?<=(a)\\1)", 0, []),
    ("compile", "\\N{NO SUCH NAME}", 0, []),
    ("compile", "a\\", 0, []),
    ("compile", "a", L, []),
    ("compile", "a", A | U, []),
    ("compile", "(?-)", 0, []),
    ("compile", "(?i-)", 0, []),
    ("compile", "(?iz)", 0, []),
    ("compile", "(?<=a)*", 0, []),
    ("compile", "(?:)*", 0, []),
    ("compile", "(?(1a)x)", 0, []),
    # bytes
    ("search", b"a+", 0, [b"xaay"]),
    ("findall", b"\\w+", 0, [b"ab \xe9cd"]),
    ("findall", b"\\s+", 0, [b"a \x1cb\x85c\xa0d"]),
    ("search", b"\xe9", I, [b"\xc9"]),
    ("search", b"e", I, [b"E"]),
    ("findall", b"\\bx\\b", 0, [b"\xe9x x"]),
    ("sub", b"(a)", 0, [b"<\\1>", b"bab", 0]),
    ("split", b",", 0, [b"a,b", 0]),
    ("compile", b"\\u1234", 0, []),
    ("compile", b"(?u)a", 0, []),
    ("compile", b"(?L)a", 0, []),
    ("compile", b"a", U, []),
    ("search", "a", 0, [b"a"]),
    ("search", b"a", 0, ["a"]),
]


def show(x):
    if x is None:
        return "None"
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, str):
        return "'" + "".join(c if 32 <= ord(c) < 127 and c not in "'\\" else "\\u{%x}" % ord(c) for c in x) + "'"
    if isinstance(x, bytes):
        return "b'" + "".join(chr(c) if 32 <= c < 127 and chr(c) not in "'\\" else "\\x{%x}" % c for c in x) + "'"
    if isinstance(x, tuple):
        return "(" + ", ".join(show(i) for i in x) + ")"
    if isinstance(x, list):
        return "[" + ", ".join(show(i) for i in x) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join(show(k) + ": " + show(v) for k, v in x.items()) + "}"
    if isinstance(x, re.Match):
        return "<Match %s %s %s %s %s>" % (show(x.span()), show(x.groups()), show(x.groupdict()), show(x.lastindex), show(x.lastgroup)) + show(x.regs)
    if isinstance(x, re.Pattern):
        return "<Pattern %d %d %s>" % (x.flags, x.groups, show(dict(x.groupindex)))
    raise TypeError(type(x))


def run(op, pattern, flags, args):
    try:
        if op == "compile":
            return show(re.compile(pattern, flags))
        p = re.compile(pattern, flags)
        if op in ("search", "match", "fullmatch", "findall"):
            return show(getattr(p, op)(*args))
        if op == "finditer":
            return show([m.span() for m in p.finditer(*args)])
        if op == "split":
            return show(p.split(args[0], args[1]))
        if op in ("sub", "subn"):
            return show(getattr(p, op)(args[0], args[1], args[2]))
    except re.error as e:
        return "!error: " + show(str(e))
    except Exception as e:
        return "!" + type(e).__name__ + ": " + show(str(e))
    raise ValueError(op)


def cs(x):
    if isinstance(x, bytes):
        x = x.decode("latin-1")
        prefix = "B"
    else:
        prefix = "S"
    if isinstance(x, int):
        return "I(%d)" % x
    out = []
    for ch in x:
        o = ord(ch)
        if o > 0xFFFF:
            o -= 0x10000
            out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        elif 32 <= o < 127 and ch not in '"\\':
            out.append(ch)
        else:
            out.append("\\u%04X" % o)
    return '%s("%s")' % (prefix, "".join(out))


print("// <auto-generated> by generate_cases.py from CPython " + ".".join(map(str, __import__("sys").version_info[:3])) + " </auto-generated>")
print("using Skein.Objects;")
print()
print("namespace Skein.Tests.Regex;")
print()
print("internal static class RegexCases")
print("{")
print("    private static PyObject S(string s) => new PyStr(s);")
print("    private static PyObject B(string s) => new PyBytes(System.Text.Encoding.Latin1.GetBytes(s));")
print("    private static PyObject I(long v) => PyInt.From(v);")
print()
print("    public static readonly (string Op, PyObject Pattern, int Flags, PyObject[] Args, string Expected)[] All =")
print("    [")
for op, pattern, flags, args in CASES:
    expected = run(op, pattern, flags, args)
    print('        ("%s", %s, %d, [%s], %s),' % (op, cs(pattern), int(flags), ", ".join(cs(a) if not isinstance(a, int) else "I(%d)" % a for a in args), cs(expected)[2:-1].join(['"', '"']) if False else '"' + cs(expected)[3:-2] + '"'))
print("    ];")
print("}")
