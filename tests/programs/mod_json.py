import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"ok": True, "none": None}, "pi": 3.14, "uni": "é☃"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, false, {"k": []}]'))
print(json.dumps([1e100, 1.0, 0.1, -0.0, 10 ** 20, float("inf")]), json.dumps("quote\"back\\slash\nnl\t"))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("1e3"), json.loads(" 42 "), type(json.loads("1.0")).__name__)
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "b", None: "n"}), json.dumps("x", indent=4))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.loads("{'single': 1}")
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno, e.pos)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
print(json.loads('{"a": 1.5}', parse_float=lambda s: "float:" + s), json.loads('[1]', parse_int=lambda s: int(s) * 10))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.loads('{"a": 1, "a": 2}'), json.dumps(None), json.loads("null"))
