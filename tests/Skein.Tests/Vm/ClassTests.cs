using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.Vm.VmTestHost;

namespace Skein.Tests.Vm;

public class ClassTests
{
    [Fact]
    public void ClassesInheritanceAndSuper()
    {
        var src = """
            class A:
                "A doc"
                x = 1
                def __init__(self, v):
                    self.v = v
                def who(self):
                    return "A" + str(self.v)
                @staticmethod
                def s():
                    return "static"
                @classmethod
                def c(cls):
                    return cls.__name__
            class B(A):
                def __init__(self, v):
                    super().__init__(v * 2)
                def who(self):
                    return "B>" + super().who()
            b = B(3)
            print(b.who(), b.x, B.s(), B.c(), A.__doc__, B.__qualname__, B.__module__)
            print(isinstance(b, A), type(b).__name__, b.__class__ is B)
            class C:
                def __init__(self):
                    self.items = []
                def __len__(self):
                    return len(self.items)
                def __eq__(self, other):
                    return True
                def __add__(self, other):
                    return "added"
            c = C()
            print(len(c), c == 5, c + 1, C.__hash__)
            class D:
                __slots__ = ('a',)
                def __init__(self):
                    self.__p = 1
                    self.a = 2
            try:
                D()
            except AttributeError as e:
                print("slots", e)
            class E:
                def __init__(self):
                    self.__p = 1
                def get(self):
                    return self.__p
            print(E().get(), E()._E__p)
            """;
        Assert.Equal("B>A6 1 static B A doc B __main__\nTrue B True\n0 True added None\nslots 'D' object has no attribute '_D__p'\n1 1", Printed(src));
    }

    [Fact]
    public void MetaclassesAndClassCell()
    {
        var src = """
            class Meta(type):
                def __new__(mcls, name, bases, ns, **kw):
                    ns['tag'] = kw.get('tag', 'none')
                    return super().__new__(mcls, name, bases, ns)
                @classmethod
                def __prepare__(mcls, name, bases, **kw):
                    return {'prepared': True}
            class X(metaclass=Meta, tag='t'):
                def m(self):
                    return __class__
            print(X.tag, X.prepared, X().m() is X, type(X).__name__)
            class Y(X):
                pass
            print(type(Y).__name__, Y.tag)
            def f():
                class Local:
                    pass
                return Local
            print(f().__qualname__)
            class Base:
                def __init_subclass__(cls, **kw):
                    cls.sub = kw
            class Sub(Base, flag=1):
                pass
            print(Sub.sub)
            """;
        Assert.Equal("t True True Meta\nMeta none\nf.<locals>.Local\n{'flag': 1}", Printed(src));
    }

    [Fact]
    public void SuperErrors()
    {
        Assert.Equal("super(): no arguments", Ops.Str(Fails("def f():\n    super()\nf()").Value));
        Assert.Equal("super(): __class__ cell not found", Ops.Str(Fails("def f(x):\n    super()\nf(1)").Value));
    }
}
