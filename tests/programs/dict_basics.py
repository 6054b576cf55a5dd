d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
try:
    d["z"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(d.pop("a"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("x", []), d.setdefault("b", 99), d)
d.update({"y": 1}, z=2)
d.update([("w", 0)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"))
e = {1: "x"}
e.clear()
print(e, {} == dict(), {"a": 1} == {"a": 1.0})
c = {"k": [1]}
cc = c.copy()
cc["k"].append(2)
cc["n"] = 1
print(c, cc)
r = {}
r["self"] = r
print(r)
print({1: "a", 1.0: "b"}, {(1, 2): "tuple key"}, {None: 0, True: 1})
try:
    {[1]: 2}
except TypeError as e:
    print(e)
o = {"x": 1, "y": 2}
del o["x"]
o["x"] = 3
print(o)
print(d | {"new": 1}, {"a": 1} | {"a": 2})
m = {"a": 1}
m |= {"b": 2}
m |= [("c", 3)]
print(m)
print(list(reversed({"a": 1, "b": 2})), dict(sorted({"z": 1, "a": 2}.items())))
print({k: v for k, v in [("a", 1), ("a", 2)]})
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
