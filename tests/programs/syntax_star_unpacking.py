a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "w": 0, **{"x": 100}})
print(*a, *b)
first, *middle, last = *a, *b
print(first, middle, last)
t = *a,
print(t)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 5, *b, **d1, k=1))
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
print([*[], *()], {**{}})
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
s = {*range(3), 2, 5}
print(s)
nested = [[*row, 0] for row in [[1], [2, 3]]]
print(nested)
