import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace))
print(len(string.printable))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0}b{x:>3}")))
