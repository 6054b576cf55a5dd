for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 // 0.3, 5 % 0.3)
print(0 // 5, 0 % -5, -0.0 % 5, 0.0 % -5)
for expr in ["1 // 0", "1 % 0", "1 / 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0.0)", "0 ** -1", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(10 / 4, 10 / 5, type(10 / 5), -10 / 4)
print(2 ** -1, 2 ** -2, (-2) ** 2, -2 ** 2, (-8) ** (1/3) == (-8) ** (1/3))
print(True / 2, True // 2, False % 3)
print(1e300 // 1e-300 if False else "skip", 10 % 3.5)
print(-1 % 1e100, (-1e-300) % 1.0 < 1)
