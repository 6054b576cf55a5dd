a = b = c = [1]
print(a is b, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
a, *b = [1]
print(a, b)
[m, n] = 7, 8
print(m, n)
(i, (j, *k)), l = (1, (2, 3, 4)), 5
print(i, j, k, l)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"] = d["b"] = 5
print(d)
class O: pass
o = O()
o.x, o.y = "xy"
print(o.x, o.y)
s = [1, 2, 3, 4, 5]
s[1:3] = ["a"]
print(s)
for (u, v), w in [((1, 2), 3)]:
    print(u, v, w)
try:
    e, f = 1, 2, 3
except ValueError as ex:
    print(ex)
try:
    e, f, g = 1, 2
except ValueError as ex:
    print(ex)
try:
    e, *f, g = [1]
except ValueError as ex:
    print(ex)
n: int = 5
print(n, __annotations__)
