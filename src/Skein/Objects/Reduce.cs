namespace Skein.Objects;

/// <summary>object.__reduce_ex__: the copyreg-based default that pickle and copy use for plain instances.</summary>
public static class Reduce
{
    public static PyObject ReduceEx(PyObject self, int protocol)
    {
        var type = self.Type;
        var reduce = type.Lookup(Names.__reduce__);
        if (reduce != null && !ReferenceEquals(reduce, PyTypes.Object.Dict.GetItemOrNull(Names.__reduce__)))
            return Ops.CallWithSelf(reduce, self, ReadOnlySpan<PyObject>.Empty);
        var copyreg = Interpreter.ImportModule("copyreg");
        var state = Ops.CallMethod(self, "__getstate__");
        if (protocol < 2)
        {
            if (type.SolidBase != PyTypes.Object && !type.IsHeapType)
                throw Errors.TypeError($"cannot pickle '{type.Name}' object");
            var baseType = type.Mro.FirstOrDefault(c => !c.IsHeapType) ?? PyTypes.Object;
            var baseState = ReferenceEquals(baseType, PyTypes.Object) ? PyNone.Instance : Ops.Call(baseType, self);
            return PyTuple.Create(Ops.GetAttr(copyreg, "_reconstructor"), PyTuple.Create(type, baseType, baseState), state);
        }
        var newArgs = new List<PyObject> { type };
        if (Ops.LookupSpecial(self, PyStr.Intern("__getnewargs__")) is { } getNewArgs)
            newArgs.AddRange(Ops.ToArray(Ops.Call(getNewArgs)));
        PyObject listItems = self is PyList ? Ops.GetIter(self) : PyNone.Instance;
        PyObject dictItems = self is PyDict ? Ops.GetIter(Ops.CallMethod(self, "items")) : PyNone.Instance;
        return PyTuple.Create(Ops.GetAttr(copyreg, "__newobj__"), new PyTuple(newArgs.ToArray()), state, listItems, dictItems);
    }
}
