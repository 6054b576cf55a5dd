def f(a, b=1):
    return a, b
print(f(a=2), f(b=3, a=4), f(1, b=5))
for call in [lambda: f(), lambda: f(1, 2, 3), lambda: f(1, a=2), lambda: f(c=1), lambda: f(1, 2, b=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
class K:
    def m(self, x):
        return x
    @classmethod
    def c(cls, y):
        return y
    @staticmethod
    def s(z):
        return z
for call in [lambda: K().m(), lambda: K.m(1), lambda: K.c(), lambda: K.s(), lambda: K().m(1, x=2), lambda: K.s(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(len.__name__)
for call in [lambda: len(), lambda: len([], []), lambda: len(obj=[]), lambda: isinstance(1), lambda: "x".split(1), lambda: [].append()]:
    try:
        call()
    except TypeError as e:
        print(e)
