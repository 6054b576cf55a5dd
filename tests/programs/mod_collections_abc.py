from collections.abc import Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Callable, Hashable, Sized, Container, Reversible, Collection, Awaitable, Coroutine, AsyncIterable
checks = [([], "list"), ((), "tuple"), ("", "str"), ({}, "dict"), (set(), "set"), (frozenset(), "frozenset"), (iter([]), "iterator"), ((x for x in []), "generator"), (range(1), "range"), (b"", "bytes"), (len, "builtin")]
abcs = [Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Callable, Hashable, Sized, Container, Reversible, Collection]
print([a.__name__ for a in abcs])
for obj, name in checks:
    print(f"{name:10}", "".join("X" if isinstance(obj, a) else "." for a in abcs))
class MyList(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
m = MyList()
m.append(1); m.extend([2, 3]); m += [4]; m.reverse()
print(m.d, m.pop(), m.index(3), 2 in m, list(reversed(m)), m.count(1))
m.remove(2)
print(m.d)
class MySet(Set):
    def __init__(self, it): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= MySet([1, 2, 3, 9]), a == MySet([3, 2, 1]), a.isdisjoint([7]))
try:
    class Incomplete(Mapping): pass
    Incomplete()
except TypeError:
    print("Incomplete mapping cannot be instantiated")
