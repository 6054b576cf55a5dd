class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.depth_first()), sum(t), max(t))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(3)
print(list(c), list(reversed(c)), [x * y for x in c for y in c if x > y])
class Lines:
    def __init__(self, text): self.text = text
    def words(self):
        for line in self.text.splitlines():
            for w in line.split():
                yield w.lower()
print(sorted(set(Lines("The cat\nthe hat\nA Cat").words())))
