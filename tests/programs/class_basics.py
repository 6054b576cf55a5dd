class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
a = Animal("rex")
b = Animal("tom")
print(a.speak(), a.kind, Animal.count)
print(a, [a, b], str(b))
print(Animal, type(a), type(Animal))
a.kind = "instance kind"
print(a.kind, b.kind, Animal.kind)
print(sorted(a.__dict__))
print(Animal.__name__, Animal.__qualname__, Animal.__module__)
print(isinstance(a, Animal), isinstance(a, object), issubclass(Animal, object))
m = a.speak
print(m(), m.__self__ is a, m.__func__ is Animal.speak)
print(Animal.speak(b))
class Empty:
    pass
e = Empty()
print(str(e).startswith("<__main__.Empty object at 0x"))
e.dynamic = 1
print(e.dynamic, vars(e))
print(Empty.__bases__, Animal.__doc__)
class WithDoc:
    "the doc"
print(WithDoc.__doc__)
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__)
print(a == b, a == a, a != b)
print(type(a).__name__, a.__class__ is Animal)
def method(self):
    return "added later " + self.name
Animal.later = method
print(b.later())
