import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append("x")
a[2]["k"].append("y")
print(a, s, d)
print(s[1] is a[1], d[1] is a[1], s is a)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children.append(n)
dn = copy.deepcopy(n)
print(dn.v, dn.children[0].v, dn.children[1] is dn, dn is not n)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}))
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1])
import collections
print(list(copy.deepcopy(collections.OrderedDict(a=[1])).items()), copy.copy(collections.deque([1, 2])))
