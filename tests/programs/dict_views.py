d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), list(i), len(k))
print("a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 9)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(e)
try:
    for key in d:
        del d["a"]
except RuntimeError as e:
    print(e)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(v == v, d.values() == d.values())
print(k.mapping if hasattr(k, "mapping") else "no mapping")
for key, val in d.items():
    print(key, val)
print(dict(zip(d.keys(), d.values())) == d)
