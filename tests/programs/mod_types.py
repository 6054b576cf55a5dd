import types
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), isinstance((x for x in []), types.GeneratorType), type(f.__code__) is types.CodeType)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], dict(mp), len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
bound = types.MethodType(lambda self: self.v, types.SimpleNamespace(v=9))
print(bound())
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"attr": 5}))
print(Dyn.attr, Dyn.__name__)
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(type(int.__add__) is types.WrapperDescriptorType, type((1).__add__) is types.MethodWrapperType, type(str.join) is types.MethodDescriptorType)
print(types.GenericAlias(list, (int,)) == list[int], isinstance(int | str, types.UnionType))
async def co(): pass
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
