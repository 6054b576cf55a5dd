namespace Skein.Modules.Builtins;

/// <summary>Functions about any object: attributes, identity, hashing, length, repr, type checks and dir.</summary>
internal static class ObjectFunctions
{
    public static void AddTo(PyModule m)
    {
        m.DefFunction("getattr", (args, kw) =>
        {
            ArgParser.NoKeywords("getattr", kw);
            ArgParser.Range("getattr", args, 2, 3);
            var name = AttrName(args[1]);
            if (args.Length == 2) return Ops.GetAttr(args[0], name);
            return Ops.GetAttrOrNull(args[0], name) ?? args[2];
        }, "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.");
        m.DefFunction("setattr", (args, kw) =>
        {
            ArgParser.NoKeywords("setattr", kw);
            ArgParser.Exactly("setattr", args, 3);
            Ops.SetAttr(args[0], AttrName(args[1]), args[2]);
            return PyNone.Instance;
        }, "Sets the named attribute on the given object to the specified value.");
        m.DefFunction("delattr", (args, kw) =>
        {
            ArgParser.NoKeywords("delattr", kw);
            ArgParser.Exactly("delattr", args, 2);
            Ops.DelAttr(args[0], AttrName(args[1]));
            return PyNone.Instance;
        }, "Deletes the named attribute from the given object.");
        m.DefFunction("hasattr", (args, kw) =>
        {
            ArgParser.NoKeywords("hasattr", kw);
            ArgParser.Exactly("hasattr", args, 2);
            return PyBool.From(Ops.GetAttrOrNull(args[0], AttrName(args[1])) != null);
        }, "Return whether the object has an attribute with the given name.");
        m.DefFunction("callable", (args, kw) =>
        {
            ArgParser.NoKeywords("callable", kw);
            ArgParser.Exactly("callable", args, 1);
            return PyBool.From(args[0].Type.Call != null);
        }, "Return whether the object is callable (i.e., some kind of function).");
        m.DefFunction("hash", (args, kw) =>
        {
            ArgParser.NoKeywords("hash", kw);
            ArgParser.Exactly("hash", args, 1);
            return PyInt.From(Ops.Hash(args[0]));
        }, "Return the hash value for the given object.");
        m.DefFunction("id", (args, kw) =>
        {
            ArgParser.NoKeywords("id", kw);
            ArgParser.Exactly("id", args, 1);
            return PyInt.From(Ops.Id(args[0]));
        }, "Return the identity of an object.");
        m.DefFunction("len", (args, kw) =>
        {
            ArgParser.NoKeywords("len", kw);
            ArgParser.Exactly("len", args, 1);
            return PyInt.From(Ops.Len(args[0]));
        }, "Return the number of items in a container.");
        m.DefFunction("repr", (args, kw) =>
        {
            ArgParser.NoKeywords("repr", kw);
            ArgParser.Exactly("repr", args, 1);
            return Ops.ReprObj(args[0]);
        }, "Return the canonical string representation of the object.");
        m.DefFunction("isinstance", (args, kw) =>
        {
            ArgParser.NoKeywords("isinstance", kw);
            ArgParser.Exactly("isinstance", args, 2);
            return PyBool.From(Ops.IsInstance(args[0], args[1]));
        }, "Return whether an object is an instance of a class or of a subclass thereof.");
        m.DefFunction("issubclass", (args, kw) =>
        {
            ArgParser.NoKeywords("issubclass", kw);
            ArgParser.Exactly("issubclass", args, 2);
            return PyBool.From(Ops.IsSubclass(args[0], args[1]));
        }, "Return whether 'cls' is derived from another class or is the same class.");
    }

    /// <summary>dir(), for when the VM does not provide it: without an argument it lists the current frame's globals.</summary>
    public static void AddDir(PyModule m)
    {
        m.DefFunction("dir", (args, kw) =>
        {
            ArgParser.NoKeywords("dir", kw);
            ArgParser.Range("dir", args, 0, 1);
            if (args.Length == 1) return Dir(args[0]);
            var names = ThreadState.Current.CurrentFrame is Vm.PyFrame f ? f.Globals.KeysSnapshot().ToArray() : [];
            return Sorting.SortedList(names, null);
        }, "Show attributes of an object.");
    }

    /// <summary>dir(obj): the sorted list of obj.__dir__().</summary>
    public static PyList Dir(PyObject obj)
    {
        var method = Ops.LookupSpecial(obj, Names.__dir__) ?? throw Errors.TypeError("object does not provide __dir__");
        return Sorting.SortedList(Ops.ToArray(Ops.Call(method)), null);
    }

    private static PyStr AttrName(PyObject o) =>
        o as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{o.Type.Name}'");
}
