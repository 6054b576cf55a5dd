namespace Skein.Objects;

/// <summary>
/// Fills the slots of classes defined in Python. For each slot the MRO is walked: the first class that
/// defines one of the slot's dunders in its own dict gets an adapter that calls the dunder; the first
/// built-in reached lends its native slot. Built-in types inherit missing slots from their base.
/// </summary>
public static class SlotAdapters
{
    /// <summary>The hash slot of unhashable built-ins (list, dict, set): exposed as __hash__ = None.</summary>
    public static readonly HashSlot HashNotImplemented = o => throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");

    public static void InheritMissing(PyType t, PyType b)
    {
        t.Repr ??= b.Repr;
        t.Str ??= b.Str;
        t.Hash ??= b.Hash;
        t.RichCompare ??= b.RichCompare;
        t.Bool ??= b.Bool;
        t.Len ??= b.Len;
        t.Contains ??= b.Contains;
        t.GetAttr ??= b.GetAttr;
        t.SetAttr ??= b.SetAttr;
        t.Call ??= b.Call;
        t.Iter ??= b.Iter;
        t.Next ??= b.Next;
        t.GetItem ??= b.GetItem;
        t.SetItem ??= b.SetItem;
        t.DescrGet ??= b.DescrGet;
        t.DescrSet ??= b.DescrSet;
        t.New ??= b.New;
        t.Init ??= b.Init;
        t.Index ??= b.Index;
        t.Int ??= b.Int;
        t.Float ??= b.Float;
        for (var i = 0; i < t.Number.Length; i++)
        {
            t.Number[i] ??= b.Number[i];
            t.InPlace[i] ??= b.InPlace[i];
        }
        for (var i = 0; i < t.Unary.Length; i++) t.Unary[i] ??= b.Unary[i];
    }

    /// <summary>Which MRO entry provides a slot: a Python class defining any of names, or the first built-in.</summary>
    private static PyType Provider(PyType t, params PyStr[] names)
    {
        foreach (var c in t.Mro)
        {
            if (!c.IsHeapType) return c;
            foreach (var n in names)
                if (c.Dict.ContainsKey(n)) return c;
        }
        return PyTypes.Object;
    }

    private static bool FromPython(PyType t, out PyType provider, params PyStr[] names)
    {
        provider = Provider(t, names);
        return provider.IsHeapType;
    }

    private static PyStr N(string s) => PyStr.Intern(s);

    /// <summary>Recomputes every slot of a class defined in Python (after creation, or after a dunder is assigned).</summary>
    public static void Compute(PyType t)
    {
        PyType p;
        t.Repr = FromPython(t, out p, Names.__repr__) ? o => CallUnary(o, Names.__repr__) : p.Repr;
        t.Str = FromPython(t, out p, Names.__str__) ? o => CallUnary(o, Names.__str__) : p.Str;
        t.Hash = FromPython(t, out p, Names.__hash__) ? HashAdapter : p.Hash;
        t.RichCompare = FromPython(t, out p, Names.__eq__, N("__ne__"), N("__lt__"), N("__le__"), N("__gt__"), N("__ge__")) ? RichCompareAdapter : p.RichCompare;
        t.Bool = FromPython(t, out p, Names.__bool__) ? BoolAdapter : p.Bool;
        t.Len = FromPython(t, out p, Names.__len__) ? LenAdapter : p.Len;
        t.Contains = FromPython(t, out p, Names.__contains__) ? (o, x) => Ops.IsTrue(CallDunder(o, Names.__contains__, x)) : p.Contains;
        t.GetAttr = FromPython(t, out p, Names.__getattribute__, Names.__getattr__) ? GetAttrAdapter : p.GetAttr;
        t.SetAttr = FromPython(t, out p, Names.__setattr__, Names.__delattr__) ? SetAttrAdapter : p.SetAttr;
        t.Call = FromPython(t, out p, Names.__call__) ? CallAdapter : p.Call;
        t.Iter = FromPython(t, out p, Names.__iter__) ? IterAdapter : p.Iter;
        t.Next = FromPython(t, out p, Names.__next__) ? NextAdapter : p.Next;
        t.GetItem = FromPython(t, out p, Names.__getitem__) ? (o, k) => CallDunder(o, Names.__getitem__, k) : p.GetItem;
        t.SetItem = FromPython(t, out p, Names.__setitem__, Names.__delitem__) ? SetItemAdapter : p.SetItem;
        t.DescrGet = FromPython(t, out p, Names.__get__) ? DescrGetAdapter : p.DescrGet;
        t.DescrSet = FromPython(t, out p, Names.__set__, Names.__delete__) ? DescrSetAdapter : p.DescrSet;
        t.New = FromPython(t, out p, Names.__new__) ? NewAdapter : p.New;
        t.Init = FromPython(t, out p, Names.__init__) ? InitAdapter : p.Init;
        t.Index = FromPython(t, out p, Names.__index__) ? o => CallUnary(o, Names.__index__) : p.Index;
        t.Int = FromPython(t, out p, Names.__int__) ? o => CallUnary(o, Names.__int__) : p.Int;
        t.Float = FromPython(t, out p, Names.__float__) ? o => CallUnary(o, Names.__float__) : p.Float;
        for (var i = 0; i < t.Number.Length; i++)
        {
            t.Number[i] = FromPython(t, out p, N(OperatorNames.Dunder[i]), N(OperatorNames.Reflected[i])) ? BinaryAdapters[i] : p.Number[i];
            var inPlaceName = OperatorNames.InPlace[i];
            t.InPlace[i] = inPlaceName.Length == 0 ? null : FromPython(t, out p, N(inPlaceName)) ? InPlaceAdapters[i] : p.InPlace[i];
        }
        for (var i = 0; i < t.Unary.Length; i++)
        {
            var name = N(OperatorNames.UnaryDunder[i]);
            t.Unary[i] = FromPython(t, out p, name) ? o => CallUnary(o, name) : p.Unary[i];
        }
    }

    // ---- calling the dunder -----------------------------------------------------------------------

    private static PyObject CallUnary(PyObject o, PyStr name)
    {
        var m = o.Type.Lookup(name) ?? throw Errors.NoAttribute(o, name);
        return Ops.CallWithSelf(m, o, ReadOnlySpan<PyObject>.Empty);
    }

    private static PyObject CallDunder(PyObject o, PyStr name, PyObject arg)
    {
        var m = o.Type.Lookup(name) ?? throw Errors.NoAttribute(o, name);
        return Ops.CallWithSelf(m, o, [arg]);
    }

    private static readonly HashSlot HashAdapter = o =>
    {
        var m = o.Type.Lookup(Names.__hash__);
        if (m == null || m is PyNone) throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
        var r = Ops.CallWithSelf(m, o, ReadOnlySpan<PyObject>.Empty);
        if (r is not PyInt i) throw Errors.TypeError("__hash__ method should return an integer");
        if (i.TryGetLong(out var v) && v > -(1L << 61) && v < (1L << 61)) return v;
        return Ops.Hash(i);
    };

    private static readonly RichCompareSlot RichCompareAdapter = (a, b, op) =>
    {
        var m = a.Type.Lookup(PyStr.Intern(OperatorNames.CompareDunder[(int)op]));
        if (m == null || m is PyNone) return PyNotImplemented.Instance;
        return Ops.CallWithSelf(m, a, [b]);
    };

    private static readonly BoolSlot BoolAdapter = o =>
    {
        var m = o.Type.Lookup(Names.__bool__);
        if (m is PyNone) throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as a boolean");
        var r = Ops.CallWithSelf(m!, o, ReadOnlySpan<PyObject>.Empty);
        return r is PyBool b ? b.IsTrue : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
    };

    private static readonly LenSlot LenAdapter = o =>
    {
        var r = CallUnary(o, Names.__len__);
        if (r is not PyInt) r = r.Type.Index != null ? Ops.Index(r) : throw Errors.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
        var i = (PyInt)r;
        if (i.Value.Sign < 0) throw Errors.ValueError("__len__() should return >= 0");
        return i.TryGetLong(out var v) ? v : throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
    };

    /// <summary>
    /// __getattribute__ (possibly object's own, reached natively) followed by __getattr__ on AttributeError,
    /// as CPython's slot_tp_getattr_hook does.
    /// </summary>
    private static readonly GetAttrSlot GetAttrAdapter = (o, name) =>
    {
        var t = o.Type;
        var getattribute = t.Lookup(Names.__getattribute__);
        var getattr = t.Lookup(Names.__getattr__);
        PyObject? result;
        if (getattribute is PyMethodDescriptor { Owner: var owner } && !owner.IsHeapType && owner.GetAttr != null && owner.GetAttr != GetAttrAdapter)
        {
            result = owner.GetAttr(o, name);
        }
        else if (getattribute != null)
        {
            if (getattr == null) return Ops.CallWithSelf(getattribute, o, [name]);
            try
            {
                result = Ops.CallWithSelf(getattribute, o, [name]);
            }
            catch (PyException e) when (e.Is(PyExc.AttributeError))
            {
                result = null;
            }
        }
        else
        {
            result = ObjectType.GenericGetAttr(o, name);
        }
        if (result != null || getattr == null) return result;
        return Ops.CallWithSelf(getattr, o, [name]);
    };

    private static readonly SetAttrSlot SetAttrAdapter = (o, name, value) =>
    {
        var m = o.Type.Lookup(value == null ? Names.__delattr__ : Names.__setattr__);
        if (m == null) throw Errors.NoAttribute(o, name);
        if (value == null) Ops.CallWithSelf(m, o, [name]);
        else Ops.CallWithSelf(m, o, [name, value]);
    };

    private static readonly CallSlot CallAdapter = (o, args, kwargs) =>
    {
        var m = o.Type.Lookup(Names.__call__) ?? throw Errors.TypeError($"'{o.Type.Name}' object is not callable");
        return Ops.CallWithSelf(m, o, args, kwargs);
    };

    /// <summary>__iter__ = None declares a class not iterable (CPython's rule for special methods set to None).</summary>
    private static readonly UnarySlot IterAdapter = o =>
    {
        var m = o.Type.Lookup(Names.__iter__);
        if (m is null or PyNone) throw Errors.TypeError($"'{o.Type.Name}' object is not iterable");
        return Ops.CallWithSelf(m, o, ReadOnlySpan<PyObject>.Empty);
    };

    private static readonly NextSlot NextAdapter = o =>
    {
        // The common case, __next__ a plain function: its StopIteration ends the loop without a .NET throw.
        if (o.Type.Lookup(Names.__next__) is Vm.PyFunction fn)
        {
            var result = Vm.Executor.TryCallFunction(fn, [o], out var error);
            if (result != null) return result;
            if (error!.Type.IsSubtypeOf(PyExc.StopIteration)) return null;
            throw new PyException(error);
        }
        try
        {
            return CallUnary(o, Names.__next__);
        }
        catch (PyException e) when (e.Is(PyExc.StopIteration))
        {
            return null;
        }
    };

    private static readonly SetItemSlot SetItemAdapter = (o, key, value) =>
    {
        if (value == null)
        {
            var m = o.Type.Lookup(Names.__delitem__) ?? throw Errors.AttributeError("__delitem__");
            Ops.CallWithSelf(m, o, [key]);
        }
        else
        {
            var m = o.Type.Lookup(Names.__setitem__) ?? throw Errors.AttributeError("__setitem__");
            Ops.CallWithSelf(m, o, [key, value]);
        }
    };

    private static readonly DescrGetSlot DescrGetAdapter = (descr, instance, owner) =>
    {
        var m = descr.Type.Lookup(Names.__get__)!;
        return Ops.CallWithSelf(m, descr, [instance ?? PyNone.Instance, owner]);
    };

    private static readonly DescrSetSlot DescrSetAdapter = (descr, instance, value) =>
    {
        if (value == null)
        {
            var m = descr.Type.Lookup(Names.__delete__) ?? throw Errors.AttributeError("__delete__");
            Ops.CallWithSelf(m, descr, [instance]);
        }
        else
        {
            var m = descr.Type.Lookup(Names.__set__) ?? throw Errors.AttributeError("__set__");
            Ops.CallWithSelf(m, descr, [instance, value]);
        }
    };

    private static readonly NewSlot NewAdapter = (type, args, kwargs) =>
    {
        var m = type.Lookup(Names.__new__)!;
        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        var fn = m is PyStaticMethod sm ? sm.Callable : m;
        return Ops.Call(fn, all, kwargs);
    };

    /// <summary>The Init slot of classes whose __init__ is written in Python.</summary>
    internal static InitSlot PythonInitSlot => InitAdapter;

    private static readonly InitSlot InitAdapter = (self, args, kwargs) =>
    {
        var m = self.Type.Lookup(Names.__init__)!;
        var r = Ops.CallWithSelf(m, self, args, kwargs);
        if (r is not PyNone) throw Errors.TypeError($"__init__() should return None, not '{r.Type.Name}'");
    };

    private static readonly BinarySlot[] BinaryAdapters = MakeBinaryAdapters();
    private static readonly BinarySlot[] InPlaceAdapters = MakeInPlaceAdapters();

    private static BinarySlot[] MakeBinaryAdapters()
    {
        var result = new BinarySlot[(int)BinaryOp.DivMod + 1];
        for (var i = 0; i < result.Length; i++)
        {
            var index = i;
            var name = PyStr.Intern(OperatorNames.Dunder[i]);
            var rname = PyStr.Intern(OperatorNames.Reflected[i]);
            BinarySlot? self = null;
            self = (a, b) =>
            {
                // CPython's SLOT1BINFULL: the left operand's __op__, with a subclass right operand's __rop__ tried first.
                var doOther = !ReferenceEquals(a.Type, b.Type) && b.Type.Number[index] == self;
                if (a.Type.Number[index] == self)
                {
                    if (doOther && b.Type.IsSubtypeOf(a.Type) && !ReferenceEquals(b.Type.Lookup(rname), a.Type.Lookup(rname)))
                    {
                        var r = CallOptional(b, rname, a);
                        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                        doOther = false;
                    }
                    var x = CallOptional(a, name, b);
                    if (!ReferenceEquals(x, PyNotImplemented.Instance) || ReferenceEquals(a.Type, b.Type)) return x;
                }
                return doOther ? CallOptional(b, rname, a) : PyNotImplemented.Instance;
            };
            result[i] = self;
        }
        return result;
    }

    private static BinarySlot[] MakeInPlaceAdapters()
    {
        var result = new BinarySlot[(int)BinaryOp.DivMod + 1];
        for (var i = 0; i < result.Length; i++)
        {
            if (OperatorNames.InPlace[i].Length == 0) continue;
            var name = PyStr.Intern(OperatorNames.InPlace[i]);
            result[i] = (a, b) => CallOptional(a, name, b);
        }
        return result;
    }

    private static PyObject CallOptional(PyObject self, PyStr name, PyObject arg)
    {
        var m = self.Type.Lookup(name);
        if (m == null || m is PyNone) return PyNotImplemented.Instance;
        return Ops.CallWithSelf(m, self, [arg]);
    }
}
