namespace Skein.Objects;

/// <summary>
/// A Python type. Behaviour lives in slots (CLR delegates) so the VM dispatches an operation with one
/// field load and one delegate call. Built-in types fill the slots natively; a class defined in Python
/// gets adapter slots that call its dunder methods (see SlotAdapters). Slots are recomputed from the MRO
/// whenever a dunder is assigned on a class, so the slot table and the class dict never disagree.
///
/// Thread safety: attribute lookup on a type is lock-free (PyDict reads take no lock, and the lookup cache
/// holds immutable entries validated by a global version stamp). Mutating a type bumps the stamp.
/// </summary>
public sealed partial class PyType : PyObject
{
    public string Name;
    public string QualName;
    public PyDict Dict = new();
    public PyType? Base;
    public PyTuple Bases = PyTuple.Empty;
    public PyType[] Mro = [];

    /// <summary>Unique per type, never reused: inline caches identify a type by it without keeping the type alive.</summary>
    public readonly long CacheId = Interlocked.Increment(ref s_lastCacheId);
    private static long s_lastCacheId;

    /// <summary>True for classes created by a class statement or type(name, bases, dict).</summary>
    public bool IsHeapType;
    /// <summary>False for final built-ins such as bool, NoneType and function.</summary>
    public bool IsBaseType = true;
    /// <summary>Instances carry a __dict__ (no __slots__ without '__dict__' along the MRO).</summary>
    public bool HasInstanceDict;
    /// <summary>Number of __slots__ entries instances hold (PyInstance.SlotValues).</summary>
    public int SlotCount;
    /// <summary>The built-in type whose CLR layout instances of this type have (object for plain classes).</summary>
    public PyType SolidBase;

    public UnarySlot? Repr, Str;
    public HashSlot? Hash;
    public RichCompareSlot? RichCompare;
    public BoolSlot? Bool;
    public LenSlot? Len;
    public ContainsSlot? Contains;
    public GetAttrSlot? GetAttr;
    public SetAttrSlot? SetAttr;
    public CallSlot? Call;
    public UnarySlot? Iter;
    public NextSlot? Next;
    public BinarySlot? GetItem;
    public SetItemSlot? SetItem;
    public DescrGetSlot? DescrGet;
    public DescrSetSlot? DescrSet;
    public NewSlot? New;
    public InitSlot? Init;
    public UnarySlot? Index, Int, Float;
    public readonly BinarySlot?[] Number = new BinarySlot?[(int)BinaryOp.DivMod + 1];
    public readonly BinarySlot?[] InPlace = new BinarySlot?[(int)BinaryOp.DivMod + 1];
    public readonly UnarySlot?[] Unary = new UnarySlot?[(int)UnaryOp.Abs + 1];

    private readonly List<WeakReference<PyType>> _subclasses = [];

    public PyType(PyType? metatype, string name) : base(metatype!)
    {
        Name = name;
        QualName = name;
        SolidBase = this;
    }

    public override PyDict? InstanceDict { get => Dict; set => throw Errors.TypeError("__dict__ of a type is read-only"); }

    public override string ToString() => $"<class '{FullName}'>";

    public string FullName
    {
        get
        {
            var module = Dict.GetItemOrNull(Names.__module__) is PyStr m ? m.Value : "builtins";
            return module == "builtins" ? QualName : module + "." + QualName;
        }
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    public IEnumerable<PyType> Subclasses()
    {
        lock (_subclasses)
        {
            var alive = new List<PyType>();
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var t)) alive.Add(t);
            return alive;
        }
    }

    internal void AddSubclass(PyType sub)
    {
        lock (_subclasses)
        {
            _subclasses.RemoveAll(w => !w.TryGetTarget(out _));
            _subclasses.Add(new WeakReference<PyType>(sub));
        }
    }

    // ---- attribute lookup along the MRO -------------------------------------------------------------

    private sealed class LookupEntry(PyStr name, PyObject? value, int version)
    {
        public readonly PyStr Name = name;
        public readonly PyObject? Value = value;
        public readonly int Version = version;
    }

    private const int LookupCacheSize = 64;
    private readonly LookupEntry?[] _lookupCache = new LookupEntry?[LookupCacheSize];

    /// <summary>Bumped whenever any type's dict or bases change; cache entries stamped with an older value are stale.</summary>
    private static int s_typeVersion;

    public static void InvalidateLookupCaches() => Interlocked.Increment(ref s_typeVersion);

    /// <summary>The current stamp of all types' dicts and bases: an inline cache filled at this value is valid while it lasts.</summary>
    public static int LookupVersion => Volatile.Read(ref s_typeVersion);

    /// <summary>Finds name in the dicts along the MRO (no descriptors invoked); null when absent.</summary>
    public PyObject? Lookup(PyStr name)
    {
        var version = Volatile.Read(ref s_typeVersion);
        var index = (int)((uint)name.GetHashCode() % LookupCacheSize);
        var entry = _lookupCache[index];
        if (entry != null && entry.Version == version && (ReferenceEquals(entry.Name, name) || entry.Name.Value == name.Value))
            return entry.Value;
        var value = LookupUncached(name);
        _lookupCache[index] = new LookupEntry(name, value, version);
        return value;
    }

    public PyObject? Lookup(string name) => Lookup(PyStr.Intern(name));

    private PyObject? LookupUncached(PyStr name)
    {
        foreach (var t in Mro)
        {
            var v = t.Dict.GetItemOrNull(name);
            if (v != null) return v;
        }
        return null;
    }

    /// <summary>The first type along the MRO whose dict holds name.</summary>
    public PyType? DefiningType(PyStr name)
    {
        foreach (var t in Mro)
            if (t.Dict.GetItemOrNull(name) != null) return t;
        return null;
    }

    // ---- defining built-in types --------------------------------------------------------------------

    /// <summary>Creates a built-in type; call the Def* helpers, set slots, then <see cref="FinishBuiltin"/>.</summary>
    public static PyType CreateBuiltin(string name, PyType? baseType, bool isBaseType = true)
    {
        var t = new PyType(PyTypes.Type, name) { Base = baseType, IsBaseType = isBaseType };
        t.Bases = baseType == null ? PyTuple.Empty : new PyTuple([baseType]);
        return t;
    }

    public PyBuiltinFunction DefMethod(string name, NativeMethod method, string? doc = null)
    {
        var d = new PyMethodDescriptor(this, name, method, doc);
        Dict.SetItem(PyStr.Intern(name), d);
        return d.Unbound;
    }

    public void DefStaticMethod(string name, NativeFunction function, string? doc = null) =>
        Dict.SetItem(PyStr.Intern(name), new PyStaticMethod(new PyBuiltinFunction(name, function, null, doc)));

    /// <summary>A class method: the function receives the class as its first argument.</summary>
    public void DefClassMethod(string name, NativeMethod method, string? doc = null) =>
        Dict.SetItem(PyStr.Intern(name), new PyClassMethodDescriptor(this, name, method, doc));

    public void DefGetter(string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null, string? doc = null) =>
        Dict.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(this, name, getter, setter, doc));

    public void DefAttr(string name, PyObject value) => Dict.SetItem(PyStr.Intern(name), value);

    /// <summary>
    /// Completes a built-in type: computes its MRO, inherits every slot it did not set from its base
    /// (as CPython's inherit_slots does) and exposes each native slot as a dunder in the dict.
    /// </summary>
    public void FinishBuiltin()
    {
        Mro = Base == null ? [this] : [this, .. Base.Mro];
        SolidBase = this;
        if (Base != null)
        {
            Base.AddSubclass(this);
            SlotAdapters.InheritMissing(this, Base);
        }
        if (!Dict.ContainsKey(Names.__doc__)) Dict.SetItem(Names.__doc__, PyNone.Instance);
        SlotWrappers.AddTo(this);
    }
}

/// <summary>Interned names the runtime looks up often.</summary>
public static class Names
{
    public static readonly PyStr __module__ = PyStr.Intern("__module__");
    public static readonly PyStr __name__ = PyStr.Intern("__name__");
    public static readonly PyStr __qualname__ = PyStr.Intern("__qualname__");
    public static readonly PyStr __doc__ = PyStr.Intern("__doc__");
    public static readonly PyStr __dict__ = PyStr.Intern("__dict__");
    public static readonly PyStr __slots__ = PyStr.Intern("__slots__");
    public static readonly PyStr __weakref__ = PyStr.Intern("__weakref__");
    public static readonly PyStr __class__ = PyStr.Intern("__class__");
    public static readonly PyStr __init__ = PyStr.Intern("__init__");
    public static readonly PyStr __new__ = PyStr.Intern("__new__");
    public static readonly PyStr __call__ = PyStr.Intern("__call__");
    public static readonly PyStr __hash__ = PyStr.Intern("__hash__");
    public static readonly PyStr __eq__ = PyStr.Intern("__eq__");
    public static readonly PyStr __repr__ = PyStr.Intern("__repr__");
    public static readonly PyStr __str__ = PyStr.Intern("__str__");
    public static readonly PyStr __getattr__ = PyStr.Intern("__getattr__");
    public static readonly PyStr __getattribute__ = PyStr.Intern("__getattribute__");
    public static readonly PyStr __setattr__ = PyStr.Intern("__setattr__");
    public static readonly PyStr __delattr__ = PyStr.Intern("__delattr__");
    public static readonly PyStr __get__ = PyStr.Intern("__get__");
    public static readonly PyStr __set__ = PyStr.Intern("__set__");
    public static readonly PyStr __delete__ = PyStr.Intern("__delete__");
    public static readonly PyStr __set_name__ = PyStr.Intern("__set_name__");
    public static readonly PyStr __init_subclass__ = PyStr.Intern("__init_subclass__");
    public static readonly PyStr __class_getitem__ = PyStr.Intern("__class_getitem__");
    public static readonly PyStr __classcell__ = PyStr.Intern("__classcell__");
    public static readonly PyStr __mro_entries__ = PyStr.Intern("__mro_entries__");
    public static readonly PyStr __prepare__ = PyStr.Intern("__prepare__");
    public static readonly PyStr __instancecheck__ = PyStr.Intern("__instancecheck__");
    public static readonly PyStr __subclasscheck__ = PyStr.Intern("__subclasscheck__");
    public static readonly PyStr __iter__ = PyStr.Intern("__iter__");
    public static readonly PyStr __next__ = PyStr.Intern("__next__");
    public static readonly PyStr __len__ = PyStr.Intern("__len__");
    public static readonly PyStr __bool__ = PyStr.Intern("__bool__");
    public static readonly PyStr __contains__ = PyStr.Intern("__contains__");
    public static readonly PyStr __getitem__ = PyStr.Intern("__getitem__");
    public static readonly PyStr __setitem__ = PyStr.Intern("__setitem__");
    public static readonly PyStr __delitem__ = PyStr.Intern("__delitem__");
    public static readonly PyStr __missing__ = PyStr.Intern("__missing__");
    public static readonly PyStr __index__ = PyStr.Intern("__index__");
    public static readonly PyStr __int__ = PyStr.Intern("__int__");
    public static readonly PyStr __float__ = PyStr.Intern("__float__");
    public static readonly PyStr __format__ = PyStr.Intern("__format__");
    public static readonly PyStr __enter__ = PyStr.Intern("__enter__");
    public static readonly PyStr __exit__ = PyStr.Intern("__exit__");
    public static readonly PyStr __aenter__ = PyStr.Intern("__aenter__");
    public static readonly PyStr __aexit__ = PyStr.Intern("__aexit__");
    public static readonly PyStr __await__ = PyStr.Intern("__await__");
    public static readonly PyStr __aiter__ = PyStr.Intern("__aiter__");
    public static readonly PyStr __anext__ = PyStr.Intern("__anext__");
    public static readonly PyStr __builtins__ = PyStr.Intern("__builtins__");
    public static readonly PyStr __file__ = PyStr.Intern("__file__");
    public static readonly PyStr __package__ = PyStr.Intern("__package__");
    public static readonly PyStr __path__ = PyStr.Intern("__path__");
    public static readonly PyStr __spec__ = PyStr.Intern("__spec__");
    public static readonly PyStr __loader__ = PyStr.Intern("__loader__");
    public static readonly PyStr __all__ = PyStr.Intern("__all__");
    public static readonly PyStr __annotations__ = PyStr.Intern("__annotations__");
    public static readonly PyStr __abstractmethods__ = PyStr.Intern("__abstractmethods__");
    public static readonly PyStr __reduce_ex__ = PyStr.Intern("__reduce_ex__");
    public static readonly PyStr __reduce__ = PyStr.Intern("__reduce__");
    public static readonly PyStr __length_hint__ = PyStr.Intern("__length_hint__");
    public static readonly PyStr __reversed__ = PyStr.Intern("__reversed__");
    public static readonly PyStr __round__ = PyStr.Intern("__round__");
    public static readonly PyStr __trunc__ = PyStr.Intern("__trunc__");
    public static readonly PyStr __floor__ = PyStr.Intern("__floor__");
    public static readonly PyStr __ceil__ = PyStr.Intern("__ceil__");
    public static readonly PyStr __complex__ = PyStr.Intern("__complex__");
    public static readonly PyStr __bytes__ = PyStr.Intern("__bytes__");
    public static readonly PyStr __fspath__ = PyStr.Intern("__fspath__");
    public static readonly PyStr __dir__ = PyStr.Intern("__dir__");
    public static readonly PyStr __sizeof__ = PyStr.Intern("__sizeof__");
    public static readonly PyStr __objclass__ = PyStr.Intern("__objclass__");
    public static readonly PyStr __wrapped__ = PyStr.Intern("__wrapped__");
    public static readonly PyStr __notes__ = PyStr.Intern("__notes__");
    public static readonly PyStr __main__ = PyStr.Intern("__main__");
}
