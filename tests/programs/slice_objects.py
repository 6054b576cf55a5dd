s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, type(s).__name__)
print(slice(5), slice(None, None), slice(1, None, -1))
print(s.indices(6), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100).indices(4))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(e)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2:3], r[:], r[::], r[1:], r[:, 1], r[..., 0], r[1, 2:3], r["k"])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print("abcdef"[slice(None, None, 2)], [0, 1, 2, 3][slice(-2, None)])
