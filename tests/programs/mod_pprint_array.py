import pprint, array
data = {"name": "x" * 10, "items": list(range(30)), "nested": {"a": [1, 2, {"b": "c"}], "z": None}}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
print(pprint.pformat([1, 2, 3]), pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint(list(range(5)), width=5)
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, a[1], a[-2:], len(a), a.itemsize, a.typecode, a.tolist(), sum(a))
b = array.array("d", [1.5, 2.5])
print(b, b.tobytes() == array.array("d", [1.5, 2.5]).tobytes(), array.array("b", b"\x01\x02"), array.array("u", "hi"))
try:
    array.array("B", [256])
except OverflowError as e:
    print(e)
a.reverse(); print(a.pop(), a.index(3), a.count(1), a)
