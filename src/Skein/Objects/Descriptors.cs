namespace Skein.Objects;

/// <summary>A function implemented in C#: builtins such as len, and methods bound to their receiver.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly NativeFunction Function;
    /// <summary>The receiver when this is a bound built-in method; null for a plain function.</summary>
    public readonly PyObject? Self;
    public readonly string? Doc;
    public string? Module;
    public string? QualName;

    public PyBuiltinFunction(string name, NativeFunction function, PyObject? self = null, string? doc = null) : base(PyTypes.BuiltinFunction)
    {
        Name = name;
        Function = function;
        Self = self;
        Doc = doc;
    }

    internal static void InitType(PyType t)
    {
        t.Call = (self, args, kwargs) => ((PyBuiltinFunction)self).Function(args, kwargs);
        t.Repr = self =>
        {
            var f = (PyBuiltinFunction)self;
            return new PyStr(f.Self == null || f.Self is PyModule
                ? $"<built-in function {f.Name}>"
                : $"<built-in method {f.Name} of {f.Self.Type.Name} object at 0x{Ops.Id(f.Self):x}>");
        };
        t.DefGetter("__name__", self => new PyStr(((PyBuiltinFunction)self).Name));
        t.DefGetter("__qualname__", self =>
        {
            var f = (PyBuiltinFunction)self;
            return new PyStr(f.QualName ?? (f.Self is null or PyModule ? f.Name : (f.Self is PyType st ? st.Name : f.Self.Type.Name) + "." + f.Name));
        });
        t.DefGetter("__doc__", self => ((PyBuiltinFunction)self).Doc is { } d ? new PyStr(d) : PyNone.Instance);
        t.DefGetter("__self__", self => ((PyBuiltinFunction)self).Self ?? PyNone.Instance);
        t.DefGetter("__module__", self => ((PyBuiltinFunction)self).Module is { } m ? new PyStr(m) : PyNone.Instance,
            (self, v) => ((PyBuiltinFunction)self).Module = v is PyStr s ? s.Value : null);
        t.DefGetter("__text_signature__", _ => PyNone.Instance);
        t.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyBuiltinFunction fb) return PyNotImplemented.Instance;
            var fa = (PyBuiltinFunction)a;
            var same = fa.Function == fb.Function && ReferenceEquals(fa.Self, fb.Self);
            return PyBool.From(same == (op == CompareOp.Eq));
        };
        t.Hash = self => ((PyBuiltinFunction)self).Function.GetHashCode() ^ (((PyBuiltinFunction)self).Self is { } s ? Ops.Id(s) : 0);
    }
}

/// <summary>
/// A method of a built-in type as found in the type's dict (list.append), or a slot wrapper (int.__add__):
/// calling it with the receiver first runs the native code; reading it from an instance binds it.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly NativeMethod Method;
    public readonly string? Doc;

    public PyMethodDescriptor(PyType owner, string name, NativeMethod method, string? doc = null, PyType? descriptorType = null)
        : base(descriptorType ?? PyTypes.MethodDescriptor)
    {
        Owner = owner;
        Name = name;
        Method = method;
        Doc = doc;
    }

    /// <summary>The descriptor as a plain callable taking the receiver first (what list.append is when read from the class).</summary>
    public PyBuiltinFunction Unbound => new(Name, (args, kw) =>
    {
        if (args.Length == 0) throw Errors.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        return Method(args[0], args[1..], kw);
    });

    public PyObject BindTo(PyObject self) => new PyBuiltinFunction(Name, (args, kw) => Method(self, args, kw), self, Doc);

    private void CheckReceiver(PyObject self)
    {
        if (!self.Type.IsSubtypeOf(Owner))
            throw Errors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
    }

    internal static void InitType(PyType t) => InitDescriptorType(t, "method");

    internal static void InitDescriptorType(PyType t, string kind)
    {
        t.DescrGet = (descr, instance, _) =>
        {
            var d = (PyMethodDescriptor)descr;
            if (instance == null) return descr;
            d.CheckReceiver(instance);
            return d.BindTo(instance);
        };
        t.Call = (descr, args, kw) =>
        {
            var d = (PyMethodDescriptor)descr;
            if (args.Length == 0) throw Errors.TypeError($"unbound method {d.Owner.Name}.{d.Name}() needs an argument");
            d.CheckReceiver(args[0]);
            return d.Method(args[0], args[1..], kw);
        };
        t.Repr = descr =>
        {
            var d = (PyMethodDescriptor)descr;
            return new PyStr($"<{kind} '{d.Name}' of '{d.Owner.Name}' objects>");
        };
        t.DefGetter("__name__", self => new PyStr(((PyMethodDescriptor)self).Name));
        t.DefGetter("__qualname__", self => new PyStr(((PyMethodDescriptor)self).Owner.Name + "." + ((PyMethodDescriptor)self).Name));
        t.DefGetter("__doc__", self => ((PyMethodDescriptor)self).Doc is { } doc ? new PyStr(doc) : PyNone.Instance);
        t.DefGetter("__objclass__", self => ((PyMethodDescriptor)self).Owner);
        t.DefGetter("__text_signature__", _ => PyNone.Instance);
    }
}

/// <summary>A class method of a built-in type (dict.fromkeys): binds to the class it is read from.</summary>
public sealed class PyClassMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly NativeMethod Method;
    public readonly string? Doc;

    public PyClassMethodDescriptor(PyType owner, string name, NativeMethod method, string? doc) : base(PyTypes.ClassMethodDescriptor)
    {
        Owner = owner;
        Name = name;
        Method = method;
        Doc = doc;
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (descr, instance, owner) =>
        {
            var d = (PyClassMethodDescriptor)descr;
            var cls = owner ?? instance!.Type;
            return new PyBuiltinFunction(d.Name, (args, kw) => d.Method(cls, args, kw), cls, d.Doc);
        };
        t.Repr = descr => new PyStr($"<method '{((PyClassMethodDescriptor)descr).Name}' of '{((PyClassMethodDescriptor)descr).Owner.Name}' objects>");
        t.DefGetter("__name__", self => new PyStr(((PyClassMethodDescriptor)self).Name));
    }
}

/// <summary>A computed attribute of a built-in type (function.__name__, exception.args): a data descriptor.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    private readonly Func<PyObject, PyObject> _getter;
    private readonly Action<PyObject, PyObject?>? _setter;
    public readonly string? Doc;

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter, string? doc)
        : base(PyTypes.GetSetDescriptor)
    {
        Owner = owner;
        Name = name;
        _getter = getter;
        _setter = setter;
        Doc = doc;
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (descr, instance, _) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (instance == null) return descr;
            if (!instance.Type.IsSubtypeOf(d.Owner))
                throw Errors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            return d._getter(instance);
        };
        t.DescrSet = (descr, instance, value) =>
        {
            var d = (PyGetSetDescriptor)descr;
            if (d._setter == null)
            {
                throw Errors.AttributeError(value == null
                    ? $"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable"
                    : $"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable");
            }
            d._setter(instance, value);
        };
        t.Repr = descr => new PyStr($"<attribute '{((PyGetSetDescriptor)descr).Name}' of '{((PyGetSetDescriptor)descr).Owner.Name}' objects>");
        t.DefGetter("__name__", self => new PyStr(((PyGetSetDescriptor)self).Name));
        t.DefGetter("__objclass__", self => ((PyGetSetDescriptor)self).Owner);
        t.DefGetter("__doc__", self => ((PyGetSetDescriptor)self).Doc is { } doc ? new PyStr(doc) : PyNone.Instance);
    }
}

/// <summary>A __slots__ entry of a Python class: reads and writes one index of PyInstance.SlotValues.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly int Index;

    public PyMemberDescriptor(PyType owner, string name, int index) : base(PyTypes.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    internal static void InitType(PyType t)
    {
        t.DescrGet = (descr, instance, _) =>
        {
            var d = (PyMemberDescriptor)descr;
            if (instance == null) return descr;
            var slots = (instance as ISlotStorage)?.SlotValues;
            return (slots != null && d.Index < slots.Length ? slots[d.Index] : null)
                ?? throw Errors.AttributeError($"'{instance.Type.Name}' object has no attribute '{d.Name}'");
        };
        t.DescrSet = (descr, instance, value) =>
        {
            var d = (PyMemberDescriptor)descr;
            var slots = (instance as ISlotStorage)?.SlotValues;
            if (slots == null || d.Index >= slots.Length)
                throw Errors.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            if (value == null && slots[d.Index] == null)
                throw Errors.AttributeError($"'{instance.Type.Name}' object has no attribute '{d.Name}'");
            slots[d.Index] = value;
        };
        t.Repr = descr => new PyStr($"<member '{((PyMemberDescriptor)descr).Name}' of '{((PyMemberDescriptor)descr).Owner.Name}' objects>");
        t.DefGetter("__name__", self => new PyStr(((PyMemberDescriptor)self).Name));
        t.DefGetter("__objclass__", self => ((PyMemberDescriptor)self).Owner);
    }
}
