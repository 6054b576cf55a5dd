from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), tuple(p), p == (1, 2))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3._field_defaults, P3.__name__, isinstance(p, tuple))
try:
    Point(1)
except TypeError as e:
    print(e)
R = namedtuple("R", "def class", rename=True)
print(R._fields)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(1), d.index(3), len(d), d[0], d[-1], 3 in d)
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9); print(bounded)
bounded.appendleft(7); print(bounded)
d.clear(); print(d, deque(), deque("ab"))
try:
    deque().pop()
except IndexError as e:
    print(e)
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["zz"], sorted(c.elements())[:5], sum(c.values()), c.total())
c2 = Counter(a=3, b=1)
print(c2 + Counter(a=1, c=2), c2 - Counter(a=5), c2 & Counter(a=1, b=5), c2 | Counter(b=4))
c2.update("aab"); c2.subtract({"a": 10})
print(c2, +c2, -c2)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("abc").most_common())
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(list(od.items()))
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), list(od.items()), type(od).__name__)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
dd = defaultdict(list)
dd["x"].append(1); dd["y"]; dd["x"].append(2)
print(dd, dict(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
nodef = defaultdict()
try:
    nodef["k"]
except KeyError as e:
    print("KeyError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"z": 0})["z"], cm.parents)
