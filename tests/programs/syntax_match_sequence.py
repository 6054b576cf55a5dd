def m(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair equal {a}"
        case (a, b):
            return f"pair {a} {b}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"
for v in [[], [5], [3, 3], (1, 2), [1, 2, 3], [4, 5, 6, 7], "ab", {"a": 1}, 7, range(3), (9, [8])]:
    print(repr(v), "->", m(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match (1, 2, 3):
    case [*all_]:
        print("star captures list:", all_)
