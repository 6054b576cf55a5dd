print([x * x for x in range(6)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
x = "outer"
print([x for x in range(3)], x)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [vals[0] + v for v in range(2)]
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x for x in range(101)))
print([a + b for a, b in [(1, 2), (3, 4)]])
print([*range(3), *"ab"])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(sorted({s.upper() for s in ["a", "b", "a"]}))
print(dict.fromkeys(x for x in "aab"))
