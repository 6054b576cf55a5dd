namespace Skein.Objects;

/// <summary>The 'object' type: generic attribute access, default repr/hash/equality, and instance creation.</summary>
public static class ObjectType
{
    /// <summary>
    /// object.__getattribute__: data descriptors on the type win over the instance dict, which wins over
    /// other class attributes. Returns null when the attribute does not exist (no exception on that path).
    /// </summary>
    public static readonly GetAttrSlot GenericGetAttr = (obj, name) =>
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        DescrGetSlot? get = null;
        if (descr != null)
        {
            var dt = descr.Type;
            get = dt.DescrGet;
            if (get != null && dt.DescrSet != null) return get(descr, obj, type);
        }
        var dict = obj.InstanceDict;
        if (dict != null)
        {
            var v = dict.GetItemOrNull(name);
            if (v != null) return v;
        }
        if (descr != null) return get != null ? get(descr, obj, type) : descr;
        return null;
    };

    public static readonly SetAttrSlot GenericSetAttr = (obj, name, value) =>
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null && descr.Type.DescrSet is { } set)
        {
            set(descr, obj, value);
            return;
        }
        var dict = obj.InstanceDict;
        if (dict == null)
        {
            if (descr != null && value != null)
                throw Errors.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only");
            throw Errors.NoAttribute(obj, name);
        }
        if (value != null) dict.SetItem(name, value);
        else if (!dict.Remove(name)) throw Errors.NoAttribute(obj, name);
    };

    private static readonly NewSlot ObjectNew = (type, args, kwargs) =>
    {
        if (args.Length > 0 || (kwargs != null && kwargs.Count > 0))
        {
            if (type.New != ObjectNewRef) throw Errors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (type.Init == ObjectInitRef) throw Errors.TypeError($"{type.Name}() takes no arguments");
        }
        CheckAbstract(type);
        return new PyInstance(type);
    };

    private static readonly InitSlot ObjectInit = (self, args, kwargs) =>
    {
        if (args.Length > 0 || (kwargs != null && kwargs.Count > 0))
        {
            var type = self.Type;
            if (type.Init != ObjectInitRef) throw Errors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (type.New == ObjectNewRef) throw Errors.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
        }
    };

    private static NewSlot ObjectNewRef => ObjectNew;
    internal static NewSlot NewSlot => ObjectNew;
    private static InitSlot ObjectInitRef => ObjectInit;

    /// <summary>Instantiating a class with abstract methods fails as in CPython 3.11.</summary>
    public static void CheckAbstract(PyType type)
    {
        if (!type.IsHeapType) return;
        if (type.Dict.GetItemOrNull(Names.__abstractmethods__) is not { } abstracts || !Ops.IsTrue(abstracts)) return;
        var names = Ops.ToArray(abstracts).Select(Ops.Str).OrderBy(s => s, StringComparer.Ordinal).ToList();
        throw Errors.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{(names.Count == 1 ? "" : "s")} {string.Join(", ", names)}");
    }

    public static string DefaultRepr(PyObject self)
    {
        var t = self.Type;
        var module = t.Dict.GetItemOrNull(Names.__module__) is PyStr m && m.Value != "builtins" ? m.Value + "." : "";
        return $"<{module}{t.QualName} object at 0x{Ops.Id(self):x}>";
    }

    internal static void InitType(PyType t)
    {
        t.GetAttr = GenericGetAttr;
        t.SetAttr = GenericSetAttr;
        t.New = ObjectNew;
        t.Init = ObjectInit;
        t.Repr = self => new PyStr(DefaultRepr(self));
        t.Str = self => Ops.ReprObj(self);
        // Stable for the object's life, like CPython's id-based hash, without id()'s table entry per object.
        t.Hash = self => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self);
        t.RichCompare = (a, b, op) => op switch
        {
            CompareOp.Eq => ReferenceEquals(a, b) ? PyBool.True : PyNotImplemented.Instance,
            CompareOp.Ne => NotEqualFromEqual(a, b),
            _ => PyNotImplemented.Instance,
        };
        t.DefGetter("__class__", self => self.Type, (self, value) =>
        {
            if (value is not PyType nt) throw Errors.TypeError($"__class__ must be set to a class, not '{value?.Type.Name ?? "NoneType"}' object");
            if (!nt.IsHeapType || !self.Type.IsHeapType || nt.SolidBase != self.Type.SolidBase)
                throw Errors.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{self.Type.Name}'");
            self.Type = nt;
        });
        t.DefGetter("__dict__", self => self.InstanceDict ?? throw Errors.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"),
            (self, value) => self.InstanceDict = value as PyDict ?? throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value?.Type.Name}'"));
        t.DefClassMethod("__init_subclass__", (cls, args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"{((PyType)cls).Name}.__init_subclass__() takes no arguments ({args.Length} given)");
            if (kw != null && kw.Count > 0) throw Errors.TypeError($"{((PyType)cls).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Instance;
        });
        t.DefClassMethod("__subclasshook__", (_, _, _) => PyNotImplemented.Instance);
        t.DefMethod("__format__", (self, args, _) =>
        {
            ArgParser.Exactly("__format__", args, 1);
            var spec = args[0] as PyStr ?? throw Errors.TypeError($"__format__() argument must be str, not {args[0].Type.Name}");
            if (spec.Value.Length > 0) throw Errors.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
            return Ops.StrObj(self);
        });
        t.DefMethod("__dir__", (self, _, _) =>
        {
            var names = new PyDict();
            if (self.InstanceDict is { } d)
                foreach (var k in d.KeysSnapshot()) names.SetItem(k, PyNone.Instance);
            foreach (var c in self.Type.Mro)
                foreach (var k in c.Dict.KeysSnapshot()) names.SetItem(k, PyNone.Instance);
            return new PyList(names.KeysSnapshot());
        });
        t.DefMethod("__sizeof__", (self, _, _) => PyInt.From(16 + (self.InstanceDict != null ? 8 : 0)));
        t.DefMethod("__getstate__", (self, _, _) =>
        {
            var dict = self.InstanceDict;
            var slots = (self as PyInstance)?.SlotValues;
            if (slots == null) return dict == null || dict.Count == 0 ? PyNone.Instance : dict;
            var slotState = new PyDict();
            foreach (var c in self.Type.Mro)
                foreach (var p in c.Dict.Snapshot())
                    if (p.Value is PyMemberDescriptor md && slots[md.Index] is { } v) slotState.SetItem(p.Key, v);
            return PyTuple.Create(dict == null || dict.Count == 0 ? PyNone.Instance : dict, slotState);
        });
        t.DefMethod("__reduce_ex__", (self, args, _) => Reduce.ReduceEx(self, args.Length > 0 ? Ops.AsInt32(args[0]) : 0));
        t.DefMethod("__reduce__", (self, _, _) => Reduce.ReduceEx(self, 0));
    }

    private static PyObject NotEqualFromEqual(PyObject a, PyObject b)
    {
        var eq = a.Type.RichCompare;
        if (eq == null) return PyNotImplemented.Instance;
        var r = eq(a, b, CompareOp.Eq);
        return ReferenceEquals(r, PyNotImplemented.Instance) ? r : PyBool.From(!Ops.IsTrue(r));
    }
}
