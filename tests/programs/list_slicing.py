l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[5:2:-1], l[100:], l[-100:3])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [99, 98]
print(m)
m[:] = [0]
print(m)
n = list(range(10))
n[::2] = "abcde"
print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print(e)
n[::-3] = [None] * 4
print(n)
del n[1::2]
print(n)
p = [1, 2, 3]
p[5:] = [4]
print(p)
p[-1:] = []
print(p)
q = [1, 2, 3, 4]
q[1:3] = range(5)
print(q)
try:
    q[0:2] = 5
except TypeError as e:
    print(e)
s = slice(1, 8, 2)
print(l[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(repr(s), slice(3), slice(1, 2) == slice(1, 2))
r = list(range(5))
r[1:4] = r
print(r)
t = [1, 2, 3]
t[3:] = [4, 5]
t[0:0] = [0]
print(t, t[1:-1], t[-2::-2])
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t[10] = 1
except IndexError as e:
    print(e)
