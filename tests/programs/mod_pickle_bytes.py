import pickle

objects = [0, 1, 255, 256, 65535, 65536, -1, -129, 2**31, 2**64, -2**70, 1.5, -0.0, float("inf"), True, False, None,
           "", "abc", "é" * 3, "x" * 300, b"", b"bytes", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
           [], [1], [1, 2], {}, {"a": 1}, {"a": 1, "b": [2, 3]}, set(), {1}, frozenset(), frozenset({2}),
           list(range(1005)), [[1]] * 3, len, ValueError, int, type(None), complex(1, 2), range(3), slice(1, 2)]
for proto in range(6):
    for obj in objects:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, repr(obj)[:40], data.hex()[:120], back == obj or repr(back) == repr(obj))
shared = [1, 2]
data = pickle.dumps([shared, shared])
x = pickle.loads(data)
print(x, x[0] is x[1])
rec = []
rec.append(rec)
y = pickle.loads(pickle.dumps(rec))
print(y[0] is y)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
try:
    pickle.loads(b"\x80\x04\x95garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError")
except Exception as e:
    print(type(e).__name__)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
