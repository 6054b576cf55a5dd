# comment line
x = 1; y = 2; print(x, y)
total = (1 +
         2 +
         3)
print(total)
value = 1 + \
    2
print(value)
items = [
    1,
    2,   # trailing comment
    3,
]
print(items)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def f(): return "one-line def"
print(f())
class C: attr = "one-line class"
print(C.attr)
s = ("implicit "
     "concatenation")
print(s)
print({
    "a": 1,
    "b": 2
})
def g(
    a,
    b=2,
):
    return a + b
print(g(
    1,
))
if (x == 1 and
        y == 2):
    print("multi-line condition")
print("tab", "	", "after tab")
	# (no, that line only has a comment)
