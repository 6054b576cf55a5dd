def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
counter = 0
def next_val():
    global counter
    counter += 1
    return counter
def f(x=next_val()):
    return x
print(f(), f(), counter)
y = 10
def g(v=y):
    return v
y = 20
print(g())
print(f.__defaults__, g.__defaults__)
def h(a, b=2, *, c=3, d):
    pass
print(h.__defaults__, h.__kwdefaults__)
g.__defaults__ = (99,)
print(g())
