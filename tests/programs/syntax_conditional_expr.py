for x in (-2, 0, 3):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if [] else 2, 1 if [0] else 2)
def t():
    print("t evaluated")
    return "T"
def f():
    print("f evaluated")
    return "F"
print(t() if True else f())
print(t() if False else f())
y = (lambda: 1) if False else (lambda: 2)
print(y())
print([a if a % 2 else -a for a in range(5)])
print(0 or "" or None or "last", 1 and 2 and 3, 1 and 0 and 3)
print(not 1, not 0, not not "x")
print(None or [], [] and 5)
