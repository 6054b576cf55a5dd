print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
calls = []
def t(x):
    calls.append(x)
    return x
print(any(t(x) for x in [0, 0, 1, 1, 1]), calls)
calls.clear()
print(all(t(x) for x in [1, 1, 0, 1]), calls)
print(any("abc"), all(""), any({0: "a"}), all({1: 0}), any(x > 3 for x in range(5)))
try:
    any(5)
except TypeError as e:
    print(e)
