def attempt(expr):
    try:
        eval(expr)
    except Exception as e:
        print(f"{expr:32} -> {type(e).__name__}: {e}")
for expr in [
    "1 + 'a'", "'a' + 1", "[] + ()", "1 < 'a'", "[1] < 'a'", "-'a'", "~1.5", "len(1)", "None()", "1()",
    "'abc'[5]", "[][0]", "(1,)[2]", "{}['k']", "{'a': 1}[('t',)]", "int('z')", "float('q')",
    "[].x", "1 .real.x", "'s'.foo", "undefined_thing", "import_me", "{}.fromkeys(1)",
    "'a' * 'b'", "[1, 2, 3].index(4)", "'x'.join([1])", "sorted([1], key=1)", "list(1)", "abs()",
    "chr(-1)", "(1).__class__.__name__.nope", "dict(1)", "[].pop()", "set().remove(1)",
    "divmod(1, 0)", "iter(1)", "next(iter([]))", "1 / 0.0", "'%d' % 'x'",
    "object().__dict__", "int.from_bytes(1, 'big')", "[1][1:2:0]", "range(3)[1.5]", "(lambda x: x)()",
    "print(end=1)", "str(b'x', 'nope')", "'abc'.split('')", "bytes('x')", "tuple(5)", "'a' in 1",
]:
    attempt(expr)
