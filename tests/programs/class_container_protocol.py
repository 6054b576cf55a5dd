class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        print("contains", value)
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
g = Grid(2, 2)
g[0, 1] = "#"
print(g[0, 1], g[1, 1], len(g), "#" in g, "@" in g, list(g), g[1:5:2], g[::])
del g[0, 1]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 2
print(6 in OnlyGetitem(), 5 in OnlyGetitem(), list(OnlyGetitem()), sorted(OnlyGetitem(), reverse=True))
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 9 in OnlyIter(), max(OnlyIter()), list(enumerate(OnlyIter())))
class Missing(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
m = Missing()
print(m["abc"], m, m.get("zz"), "zz" in m)
class NotContainer:
    pass
try:
    1 in NotContainer()
except TypeError as e:
    print(e)
try:
    NotContainer()[0]
except TypeError as e:
    print(e)
try:
    NotContainer()[0] = 1
except TypeError as e:
    print(e)
try:
    del NotContainer()[0]
except TypeError as e:
    print(e)
