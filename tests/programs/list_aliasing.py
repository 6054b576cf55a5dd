a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
b.append(4)
print(a, b, c, d, a is b, a is c, a == c)
nested = [[1, 2]] * 3
nested[0].append(9)
print(nested)
safe = [[1, 2] for _ in range(3)]
safe[0].append(9)
print(safe)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = []
print(mutate(orig), orig)
x = [1, 2, 3]
for item in x[:]:
    if item == 2:
        x.remove(item)
print(x)
y = [1, 2, 3, 4]
for i, item in enumerate(y):
    if item % 2 == 0:
        y.pop(i)
print(y)
m = [0, 1, 2]
m[1:2] = m
print(m)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print(e)
print(t)
e = []
e.extend(e)
e.append(e)
print(e, len(e))
