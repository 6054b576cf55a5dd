import json
class JSONMixin:
    def to_json(self):
        return json.dumps(self.__dict__, sort_keys=True)
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items()))
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    __hash__ = None
class Point(JSONMixin, ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p, p.to_json(), p == Point(1, 2), p == Point(2, 1), Point.__hash__)
print([c.__name__ for c in Point.__mro__])
class LoggingMixin:
    log = None
    def set(self, k, v):
        if self.log is None:
            self.log = []
        self.log.append(k)
        super().set(k, v)
class Store:
    def __init__(self):
        self.data = {}
    def set(self, k, v):
        self.data[k] = v
class LoggedStore(LoggingMixin, Store):
    pass
ls = LoggedStore()
ls.set("a", 1); ls.set("b", 2)
print(ls.data, ls.log)
