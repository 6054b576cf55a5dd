d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(list(d), list(d.values()))
del d["apple"]
d["apple"] = 0
print(list(d))
d["zebra"] = 99
print(list(d.items())[0])
d2 = dict(sorted(d.items()))
print(d2, d == d2, list(d) == list(d2))
print({1: "a", 3: "b", 2: "c"}, {"b": 1, "a": 2}, dict(c=1, a=2, b=3))
print(list({x: None for x in "mississippi"}), list(dict.fromkeys([3, 1, 3, 2, 1])))
print(next(iter(d)), list(d)[-1], list(reversed(d)))
big = {i: i * i for i in range(100, 0, -7)}
print(list(big)[:5], sum(big.values()))
u = {"x": 1}
u.update([("y", 2), ("x", 3)])
print(u)
p = {"a": 1, "b": 2, "c": 3}
p.pop("b")
p["b"] = 4
print(p, p.popitem(), p)
