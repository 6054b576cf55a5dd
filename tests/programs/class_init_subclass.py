class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="the-beta"): pass
class Gamma(Beta): pass
print(Plugin.plugins, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
m = Model()
print(m.first)
m.second = 2
print(m.second, Model.first.name)
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G["x"], G[1, 2])
print(list[int], dict[str, list[int]], type(list[int]).__name__)
print(list[int](range(3)), list[int].__origin__, list[int].__args__)
