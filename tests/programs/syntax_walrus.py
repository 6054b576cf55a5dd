data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
vals = iter([3, 4, 0, 9])
while (v := next(vals)) != 0:
    total += v
print(total)
print((z := 5), z)
def f():
    [w := i for i in range(4)]
    return w
print(f())
import re
if m := re.match(r"(\d+)-(\d+)", "12-34"):
    print(m.groups())
print([last := c for c in "abc"], last)
print(any((hit := x) > 10 for x in data), hit)
