x = "module x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
    def show(self):
        return C.x, self.x
print(C.y, C().method(), C.z, C().show())
class D:
    count = 0
    for i in range(3):
        count += i
    del i
    if count > 2:
        big = True
    else:
        big = False
print(D.count, D.big, hasattr(D, "i"))
class E:
    def f(self):
        return "f"
    g = f
    h = staticmethod(lambda: "h")
print(E().g(), E.h(), E.g is E.f)
class Doc:
    """Class docstring."""
    def m(self):
        """Method docstring."""
print(Doc.__doc__, Doc.m.__doc__)
def factory(base):
    class Made(base):
        tag = base.__name__
    return Made
print(factory(int).tag, factory(str)("abc"), factory(list).__mro__[1])
class Outer:
    val = 1
    class Inner:
        try:
            val2 = val
        except NameError as e:
            val2 = "NameError: " + str(e)
print(Outer.Inner.val2)
class WithNonlocal:
    attr = "class attr"
    def meth(self):
        attr = "local"
        return attr, self.attr
print(WithNonlocal().meth())
