print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1.0 == True, 1 < 2 > 0, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
x = 5
print(0 <= x < 10, 0 < x <= 4)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 2 not in [1] is not None)
a = b = []
print(a is b is not None)
print((1 < 2) < 3, 1 < (2 < 3))
