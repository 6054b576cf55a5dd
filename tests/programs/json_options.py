# json.dumps/json.dump options (indent as int and str, sort_keys, separators, ensure_ascii, default, cls,
# skipkeys, allow_nan, check_circular) and json.loads hooks (object_hook, object_pairs_hook, parse_float,
# parse_int, parse_constant), JSONEncoder.iterencode, JSONDecoder.raw_decode, and error messages.
import collections
import fractions
import io
import json

data = {"b": [1, 2.5, None, True], "a": {"z": "é☃\U0001F600", "y": []}, "c": {}, "n": -0.0}

print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent=1, separators=(",", ": ")))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps("\x00\x1f\x7f\u2028 \"quoted\" \\ /"))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps({(1, 2): "tuple key"}, skipkeys=True))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1, 2}, default=sorted))
print(json.dumps(fractions.Fraction("1.10"), default=str))


class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps([1 + 2j, {"z": 3j}], cls=ComplexEncoder, sort_keys=True))
print(ComplexEncoder(indent=1).encode({"k": 1j}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.JSONEncoder(sort_keys=True, separators=(",", "=")).encode({"b": 1, "a": 2}))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(circular, check_circular=False)
except RecursionError:
    print("RecursionError without check_circular")


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyList(list):
    pass


print(json.dumps([MyInt(5), MyList([1]), collections.OrderedDict([("z", 1), ("a", 2)]), (1, 2)]))
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))

text = '{"a": 1.5, "b": [1, 2, {"c": null}], "d": "\\u00e9\\ud83d\\ude00", "big": 12345678901234567890}'
print(json.loads(text))
print(json.loads(text, object_hook=lambda o: sorted(o.items())))
print(json.loads(text, object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("[1.5, 2.25, 10]", parse_float=fractions.Fraction))
print(json.loads("[1.5, 2, 10]", parse_int=lambda s: int(s) * 100))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda name: "const " + name))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
print(json.loads('"\\ud800 lone"') == "\ud800 lone")
print(json.loads("  [1]  \n"))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
print(json.loads('"tab\\there"'))
print(json.loads('"\\/"'))
print(json.JSONDecoder(strict=False).decode('"raw\ttab"'))

bad = ['{"a" 1}', '{"a": 1,}', '[1, 2', '', '   ', '{"a": 1} x', "[1,]", '"unterminated', "{'a': 1}", "[01]",
       '"bad \\x escape"', '"\\u12"', "tru", "[1 2]", '{"a": 1 "b": 2}', '"ctrl\tchar"', "{1: 2}", "-", "[-]",
       "1e", "[1.]", "nul"]
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('{\n  "a": [1,\n  ]\n}')
except json.JSONDecodeError as e:
    print("multi-line", e, isinstance(e, ValueError))
try:
    json.loads(1)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print("BOM", e)
try:
    json.dumps([1], indent=-1)
except Exception as e:
    print(type(e).__name__)
else:
    print("negative indent ok", repr(json.dumps([1], indent=-1)))
print(json.dumps("x", ensure_ascii=True), json.dumps(None), json.dumps(1e100), json.dumps(0.1), json.dumps(10**30))
