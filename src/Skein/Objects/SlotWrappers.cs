namespace Skein.Objects;

/// <summary>
/// Exposes the native slots of a built-in type as dunder methods in its dict (int.__add__, list.__len__,
/// object.__init__), so Python code can call them explicitly and super() can reach them.
/// Only slots the type sets itself (not inherited unchanged from its base) get a wrapper.
/// </summary>
public static class SlotWrappers
{
    internal static void InitTypes(PyType slotWrapper, PyType methodWrapper)
    {
        PyMethodDescriptor.InitDescriptorType(slotWrapper, "slot wrapper");
        methodWrapper.Repr = self => new PyStr("<method-wrapper>");
    }

    private static void Add(PyType t, string name, NativeMethod method)
    {
        var key = PyStr.Intern(name);
        if (t.Dict.ContainsKey(key)) return;
        t.Dict.SetItem(key, new PyMethodDescriptor(t, name, method, null, PyTypes.SlotWrapper));
    }

    private static bool Own<T>(PyType t, T? slot, Func<PyType, T?> get) where T : Delegate =>
        slot != null && (t.Base == null || !ReferenceEquals(get(t.Base), slot));

    private static PyObject Arg(string name, ReadOnlySpan<PyObject> args, int index, int count)
    {
        if (args.Length != count) throw Errors.TypeError($"expected {count} argument{(count == 1 ? "" : "s")}, got {args.Length}");
        return args[index];
    }

    private static void NoArgs(ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 0) throw Errors.TypeError($"expected 0 arguments, got {args.Length}");
    }

    public static void AddTo(PyType t)
    {
        if (Own(t, t.Repr, b => b.Repr)) { var s = t.Repr!; Add(t, "__repr__", (self, a, _) => { NoArgs(a); return s(self); }); }
        if (Own(t, t.Str, b => b.Str)) { var s = t.Str!; Add(t, "__str__", (self, a, _) => { NoArgs(a); return s(self); }); }
        if (ReferenceEquals(t.Hash, SlotAdapters.HashNotImplemented))
        {
            if (!t.Dict.ContainsKey(Names.__hash__)) t.Dict.SetItem(Names.__hash__, PyNone.Instance);
        }
        else if (Own(t, t.Hash, b => b.Hash))
        {
            var s = t.Hash!;
            Add(t, "__hash__", (self, a, _) => { NoArgs(a); return PyInt.From(s(self)); });
        }
        if (Own(t, t.RichCompare, b => b.RichCompare))
        {
            var s = t.RichCompare!;
            for (var i = 0; i < 6; i++)
            {
                var op = (CompareOp)i;
                Add(t, OperatorNames.CompareDunder[i], (self, a, _) => s(self, Arg("", a, 0, 1), op));
            }
        }
        if (Own(t, t.Bool, b => b.Bool)) { var s = t.Bool!; Add(t, "__bool__", (self, a, _) => PyBool.From(s(self))); }
        if (Own(t, t.Len, b => b.Len)) { var s = t.Len!; Add(t, "__len__", (self, a, _) => { NoArgs(a); return PyInt.From(s(self)); }); }
        if (Own(t, t.Contains, b => b.Contains)) { var s = t.Contains!; Add(t, "__contains__", (self, a, _) => PyBool.From(s(self, Arg("", a, 0, 1)))); }
        if (Own(t, t.GetAttr, b => b.GetAttr))
        {
            var s = t.GetAttr!;
            Add(t, "__getattribute__", (self, a, _) =>
            {
                var name = Arg("", a, 0, 1) as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{a[0].Type.Name}'");
                return s(self, name) ?? throw Errors.NoAttribute(self, name);
            });
        }
        if (Own(t, t.SetAttr, b => b.SetAttr))
        {
            var s = t.SetAttr!;
            Add(t, "__setattr__", (self, a, _) =>
            {
                if (a.Length != 2) throw Errors.TypeError($"expected 2 arguments, got {a.Length}");
                s(self, a[0] as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{a[0].Type.Name}'"), a[1]);
                return PyNone.Instance;
            });
            Add(t, "__delattr__", (self, a, _) =>
            {
                s(self, Arg("", a, 0, 1) as PyStr ?? throw Errors.TypeError($"attribute name must be string, not '{a[0].Type.Name}'"), null);
                return PyNone.Instance;
            });
        }
        if (Own(t, t.Call, b => b.Call)) { var s = t.Call!; Add(t, "__call__", (self, a, kw) => s(self, a, kw)); }
        if (Own(t, t.Iter, b => b.Iter)) { var s = t.Iter!; Add(t, "__iter__", (self, a, _) => s(self)); }
        if (Own(t, t.Next, b => b.Next)) { var s = t.Next!; Add(t, "__next__", (self, a, _) => s(self) ?? throw Errors.StopIteration()); }
        if (Own(t, t.GetItem, b => b.GetItem)) { var s = t.GetItem!; Add(t, "__getitem__", (self, a, _) => s(self, Arg("", a, 0, 1))); }
        if (Own(t, t.SetItem, b => b.SetItem))
        {
            var s = t.SetItem!;
            Add(t, "__setitem__", (self, a, _) =>
            {
                if (a.Length != 2) throw Errors.TypeError($"expected 2 arguments, got {a.Length}");
                s(self, a[0], a[1]);
                return PyNone.Instance;
            });
            Add(t, "__delitem__", (self, a, _) => { s(self, Arg("", a, 0, 1), null); return PyNone.Instance; });
        }
        if (Own(t, t.DescrGet, b => b.DescrGet))
        {
            var s = t.DescrGet!;
            Add(t, "__get__", (self, a, _) =>
            {
                if (a.Length is < 1 or > 2) throw Errors.TypeError($"expected 1 or 2 arguments, got {a.Length}");
                var instance = a[0] is PyNone ? null : a[0];
                var owner = a.Length > 1 && a[1] is PyType ot ? ot : instance?.Type ?? throw Errors.TypeError("__get__(None, None) is invalid");
                return s(self, instance, owner);
            });
        }
        if (Own(t, t.DescrSet, b => b.DescrSet))
        {
            var s = t.DescrSet!;
            Add(t, "__set__", (self, a, _) =>
            {
                if (a.Length != 2) throw Errors.TypeError($"expected 2 arguments, got {a.Length}");
                s(self, a[0], a[1]);
                return PyNone.Instance;
            });
            Add(t, "__delete__", (self, a, _) => { s(self, Arg("", a, 0, 1), null); return PyNone.Instance; });
        }
        if (Own(t, t.New, b => b.New) && !t.Dict.ContainsKey(Names.__new__))
        {
            var s = t.New!;
            var owner = t;
            t.Dict.SetItem(Names.__new__, new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) =>
            {
                if (a.Length == 0) throw Errors.TypeError($"{owner.Name}.__new__(): not enough arguments");
                if (a[0] is not PyType sub) throw Errors.TypeError($"{owner.Name}.__new__(X): X is not a type object ({a[0].Type.Name})");
                if (!sub.IsSubtypeOf(owner)) throw Errors.TypeError($"{owner.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {owner.Name}");
                // The nearest built-in in sub's chain decides the layout; another built-in's __new__ cannot build it.
                var staticBase = sub;
                while (staticBase.IsHeapType && staticBase.Base != null) staticBase = staticBase.Base;
                if (!ReferenceEquals(staticBase.New, s))
                    throw Errors.TypeError($"{owner.Name}.__new__({sub.Name}) is not safe, use {staticBase.Name}.__new__()");
                return s(sub, a[1..], kw);
            }, owner) { QualName = owner.Name + ".__new__" }));
        }
        if (Own(t, t.Init, b => b.Init)) { var s = t.Init!; Add(t, "__init__", (self, a, kw) => { s(self, a, kw); return PyNone.Instance; }); }
        if (Own(t, t.Index, b => b.Index)) { var s = t.Index!; Add(t, "__index__", (self, a, _) => s(self)); }
        if (Own(t, t.Int, b => b.Int)) { var s = t.Int!; Add(t, "__int__", (self, a, _) => s(self)); }
        if (Own(t, t.Float, b => b.Float)) { var s = t.Float!; Add(t, "__float__", (self, a, _) => s(self)); }
        for (var i = 0; i < t.Number.Length; i++)
        {
            var index = i;
            if (Own(t, t.Number[i], b => b.Number[index]))
            {
                var s = t.Number[i]!;
                Add(t, OperatorNames.Dunder[i], (self, a, _) => s(self, Arg("", a, 0, 1)));
                Add(t, OperatorNames.Reflected[i], (self, a, _) => s(Arg("", a, 0, 1), self));
            }
            if (OperatorNames.InPlace[i].Length > 0 && Own(t, t.InPlace[i], b => b.InPlace[index]))
            {
                var s = t.InPlace[i]!;
                Add(t, OperatorNames.InPlace[i], (self, a, _) => s(self, Arg("", a, 0, 1)));
            }
        }
        for (var i = 0; i < t.Unary.Length; i++)
        {
            var index = i;
            if (Own(t, t.Unary[i], b => b.Unary[index]))
            {
                var s = t.Unary[i]!;
                Add(t, OperatorNames.UnaryDunder[i], (self, a, _) => s(self));
            }
        }
    }
}
