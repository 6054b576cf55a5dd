x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x /= 2; print(x)
x **= 3; print(x)
y = 17
y %= 5; print(y)
y <<= 4; print(y)
y >>= 2; print(y)
y &= 0b110; print(y)
y |= 0b1000; print(y)
y ^= 0b1111; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"n": 1}
d["n"] += 10
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
lst = [1, 2, 3]
lst[1:] += [9]
print(lst)
m = [[0]]
m[0][0] += 5
print(m)
