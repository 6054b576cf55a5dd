class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
l = Lower()
l["ABC"] = 1
print(l, l["aBc"], "abc" in l, l.get("ABC"))
l.update({"XY": 2})
print(l)
class Tracking(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.reads = 0
    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)
t = Tracking(a=1)
t["a"]; t["a"]; t.get("a")
print(t.reads, type(t).__name__, isinstance(t, dict), t)
try:
    {}[[1]]
except TypeError as e:
    print(e)
try:
    dict(1, 2)
except TypeError as e:
    print(e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(e)
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(e)
print(dict(["ab", "cd"]), {**{"a": 1}} == {"a": 1}, {"a": [1]} == {"a": [1]})
d = {"k": 1}
print(d.get("k", 5), d.setdefault("k"), d.setdefault("n"), d)
print(dict.fromkeys("ab", []), {}.fromkeys([]), len({(1, 2): 0, (2, 1): 0}))
