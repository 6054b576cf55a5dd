cases = [
    "x = ",
    "def f(:\n    pass",
    "if True\n    pass",
    "return 5",
    "'unterminated",
    "x = (1, 2",
    "break",
    "1 = x",
    "def f():\n  x = 1\n   y = 2",
    "for x in range(3):\npass",
    "class",
    "a b",
    "f(**x, *y)",
    "del f()",
    "nonlocal q",
    "x += 1 = 2",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
try:
    exec("def g():\n    yield\n    return 1\nprint('ok exec')")
except SyntaxError as e:
    print(e)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(e)
e = None
try:
    compile("x = 1 +", "myfile.py", "exec")
except SyntaxError as err:
    e = err
print(e.filename, e.lineno, type(e.text).__name__, isinstance(e, Exception))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
