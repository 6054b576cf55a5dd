using System.Runtime.CompilerServices;

namespace Skein.Runtime;

/// <summary>
/// The abstract object protocol: every generic operation on Python values (CPython's abstract.c and
/// object.c), dispatched through type slots. Native code and the VM both go through here.
/// </summary>
public static partial class Ops
{
    // ---- conversions to text ------------------------------------------------------------------------

    public static PyStr ReprObj(PyObject o)
    {
        var slot = o.Type.Repr ?? throw Errors.TypeError($"'{o.Type.Name}' object has no __repr__");
        using var _ = RecursionGuard.Enter(" while getting the repr of an object");
        var r = slot(o);
        return r as PyStr ?? throw Errors.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public static string Repr(PyObject o) => ReprObj(o).Value;

    public static PyStr StrObj(PyObject o)
    {
        if (o is PyStr s && ReferenceEquals(s.Type, PyTypes.Str)) return s;
        var slot = o.Type.Str ?? o.Type.Repr ?? throw Errors.TypeError($"'{o.Type.Name}' object has no __str__");
        using var _ = RecursionGuard.Enter(" while getting the str of an object");
        var r = slot(o);
        return r as PyStr ?? throw Errors.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    public static string Str(PyObject o) => StrObj(o).Value;

    public static PyObject Format(PyObject value, string spec)
    {
        var method = value.Type.Lookup(Names.__format__) ?? throw Errors.TypeError($"Type {value.Type.Name} doesn't define __format__");
        var r = CallWithSelf(method, value, [new PyStr(spec)]);
        return r is PyStr ? r : throw Errors.TypeError($"__format__ must return a str, not {r.Type.Name}");
    }

    // ---- identity and hashing -----------------------------------------------------------------------

    private static readonly ConditionalWeakTable<PyObject, object> s_ids = new();
    private static long s_nextId = 0x7f0000001000;

    /// <summary>id(): a stable number per live object (the CLR moves objects, so addresses cannot serve).</summary>
    public static long Id(PyObject o) =>
        (long)s_ids.GetValue(o, _ => Interlocked.Add(ref s_nextId, 16));

    public static long Hash(PyObject o)
    {
        var slot = o.Type.Hash ?? throw Errors.TypeError($"unhashable type: '{o.Type.Name}'");
        var h = slot(o);
        return h == -1 ? -2 : h;
    }

    // ---- truth and comparison -----------------------------------------------------------------------

    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance)) return false;
        var t = o.Type;
        if (t.Bool != null) return t.Bool(o);
        if (t.Len != null) return t.Len(o) != 0;
        return true;
    }

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        using var _ = RecursionGuard.Enter(" in comparison");
        var ta = a.Type;
        var tb = b.Type;
        var checkedReflected = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.RichCompare != null && OverridesReflected(tb, ta, op))
        {
            checkedReflected = true;
            var r = tb.RichCompare(b, a, OperatorNames.Swapped(op));
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (ta.RichCompare != null)
        {
            var r = ta.RichCompare(a, b, op);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (!checkedReflected && tb.RichCompare != null)
        {
            var r = tb.RichCompare(b, a, OperatorNames.Swapped(op));
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return op switch
        {
            CompareOp.Eq => PyBool.From(ReferenceEquals(a, b)),
            CompareOp.Ne => PyBool.From(!ReferenceEquals(a, b)),
            _ => throw Errors.TypeError($"'{OperatorNames.CompareSymbol[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'"),
        };
    }

    private static bool OverridesReflected(PyType sub, PyType sup, CompareOp op)
    {
        var name = PyStr.Intern(OperatorNames.CompareDunder[(int)OperatorNames.Swapped(op)]);
        return !ReferenceEquals(sub.Lookup(name), sup.Lookup(name));
    }

    /// <summary>Comparison as a bool; identity implies equality for == and != as in CPython's PyObject_RichCompareBool.</summary>
    public static bool RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        var r = RichCompare(a, b, op);
        return r is PyBool bo ? bo.IsTrue : IsTrue(r);
    }

    public static bool Eq(PyObject a, PyObject b) => RichCompareBool(a, b, CompareOp.Eq);

    // ---- arithmetic ---------------------------------------------------------------------------------

    /// <summary>a op b without the error: NotImplemented when neither operand handles the pair (CPython's binary_op1).</summary>
    public static PyObject BinaryOpOrNotImplemented(PyObject a, PyObject b, BinaryOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        var slotA = ta.Number[(int)op];
        var slotB = ReferenceEquals(ta, tb) ? null : tb.Number[(int)op];
        if (slotB == slotA) slotB = null;
        if (slotA != null)
        {
            if (slotB != null && tb.IsSubtypeOf(ta))
            {
                var r = slotB(a, b);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                slotB = null;
            }
            var x = slotA(a, b);
            if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        }
        if (slotB != null) return slotB(a, b);
        return PyNotImplemented.Instance;
    }

    public static PyObject BinaryOp(PyObject a, PyObject b, BinaryOp op)
    {
        var r = BinaryOpOrNotImplemented(a, b, op);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        ThrowSequenceOperandError(a, b, op);
        throw Errors.UnsupportedOperands(OperatorNames.Symbol[(int)op], a, b);
    }

    private static void ThrowSequenceOperandError(PyObject a, PyObject b, BinaryOp op)
    {
        if (op == Runtime.BinaryOp.Mul || op == Runtime.BinaryOp.Add)
        {
            // Sequence repetition/concatenation with a non-number operand gets CPython's specific messages.
            if (op == Runtime.BinaryOp.Mul && (IsSequenceForRepeat(a) || IsSequenceForRepeat(b)))
            {
                var other = IsSequenceForRepeat(a) ? b : a;
                throw Errors.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
            }
            if (op == Runtime.BinaryOp.Add && a is PyStr && b is not PyStr)
                throw Errors.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
            if (op == Runtime.BinaryOp.Add && a is PyList && b is not PyList)
                throw Errors.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
            if (op == Runtime.BinaryOp.Add && a is PyTuple && b is not PyTuple)
                throw Errors.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        }
    }

    private static bool IsSequenceForRepeat(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes or PyByteArray;

    /// <summary>a op= b: the in-place slot first, then the plain operator.</summary>
    public static PyObject InPlaceOp(PyObject a, PyObject b, BinaryOp op)
    {
        var slot = a.Type.InPlace[(int)op];
        if (slot != null)
        {
            var r = slot(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        var x = BinaryOpOrNotImplemented(a, b, op);
        if (!ReferenceEquals(x, PyNotImplemented.Instance)) return x;
        ThrowSequenceOperandError(a, b, op);
        throw Errors.UnsupportedOperands(OperatorNames.InPlaceSymbol[(int)op], a, b);
    }

    public static PyObject UnaryOp(PyObject a, UnaryOp op)
    {
        var slot = a.Type.Unary[(int)op] ?? throw Errors.TypeError(op == Runtime.UnaryOp.Abs
            ? $"bad operand type for abs(): '{a.Type.Name}'"
            : $"bad operand type for {OperatorNames.UnarySymbol[(int)op]}: '{a.Type.Name}'");
        return slot(a);
    }

    public static PyObject Power(PyObject a, PyObject b, PyObject? mod)
    {
        if (mod == null || mod is PyNone) return BinaryOp(a, b, Runtime.BinaryOp.Pow);
        var method = a.Type.Lookup(OperatorNames.Dunder[(int)Runtime.BinaryOp.Pow]);
        if (method != null)
        {
            var r = CallWithSelf(method, a, [b, mod]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{mod.Type.Name}'");
    }

    /// <summary>operator.index(): an int from an object with __index__.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return ReferenceEquals(i.Type, PyTypes.Int) || i is PyBool ? i : PyInt.From(i.Value);
        var slot = o.Type.Index ?? throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = slot(o);
        return r as PyInt ?? throw Errors.TypeError($"__index__ returned non-int (type {r.Type.Name})");
    }

    /// <summary>An index-able object as a long; OverflowError when it does not fit.</summary>
    public static long AsLong(PyObject o)
    {
        var i = Index(o);
        if (i.TryGetLong(out var v)) return v;
        throw Errors.OverflowError("Python int too large to convert to C ssize_t");
    }

    public static int AsInt32(PyObject o)
    {
        var v = AsLong(o);
        if (v is < int.MinValue or > int.MaxValue) throw Errors.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>An index for a sequence: like AsLong, but clamps huge values as CPython's PyNumber_AsSsize_t with IndexError does.</summary>
    public static long AsIndex(PyObject o, string typeNameForError)
    {
        if (o is PyInt i) return i.TryGetLong(out var v) ? v : throw Errors.IndexError($"cannot fit 'int' into an index-sized integer");
        if (o.Type.Index == null) throw Errors.TypeError($"{typeNameForError} indices must be integers or slices, not {o.Type.Name}");
        return AsLong(o);
    }

    public static double AsDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return i.IsSmall ? i.Small : IntToDouble(i.Value);
        var slot = o.Type.Float;
        if (slot != null)
        {
            var r = slot(o);
            return r is PyFloat rf ? rf.Value : throw Errors.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (o.Type.Index != null) return AsDouble(Index(o));
        throw Errors.TypeError($"must be real number, not {o.Type.Name}");
    }

    /// <summary>int to float, correctly rounded (BigInteger's own cast truncates); OverflowError when out of range.</summary>
    public static double IntToDouble(BigInteger v) => Objects.Numbers.IntArithmetic.ToDouble(v);

    // ---- attributes ---------------------------------------------------------------------------------

    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        var slot = o.Type.GetAttr ?? ObjectType.GenericGetAttr;
        return slot(o, name) ?? throw Errors.NoAttribute(o, name);
    }

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    /// <summary>The attribute, or null when it is missing (getattr with a default, hasattr). Other errors propagate.</summary>
    public static PyObject? GetAttrOrNull(PyObject o, PyStr name)
    {
        var slot = o.Type.GetAttr ?? ObjectType.GenericGetAttr;
        try
        {
            return slot(o, name);
        }
        catch (PyException e) when (e.Is(PyExc.AttributeError))
        {
            return null;
        }
    }

    public static PyObject? GetAttrOrNull(PyObject o, string name) => GetAttrOrNull(o, PyStr.Intern(name));

    public static bool HasAttr(PyObject o, PyStr name) => GetAttrOrNull(o, name) != null;

    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var slot = o.Type.SetAttr ?? ObjectType.GenericSetAttr;
        slot(o, name, value);
    }

    public static void SetAttr(PyObject o, string name, PyObject value) => SetAttr(o, PyStr.Intern(name), value);

    public static void DelAttr(PyObject o, PyStr name)
    {
        var slot = o.Type.SetAttr ?? ObjectType.GenericSetAttr;
        slot(o, name, null);
    }

    /// <summary>
    /// Looks up a special method on the type (never the instance, as CPython does for implicit dunder
    /// calls) and binds it; null when the type lacks it.
    /// </summary>
    public static PyObject? LookupSpecial(PyObject o, PyStr name)
    {
        var attr = o.Type.Lookup(name);
        if (attr == null) return null;
        var get = attr.Type.DescrGet;
        return get == null ? attr : get(attr, o, o.Type);
    }

    /// <summary>Binds a descriptor found on a type to an instance (or returns it unchanged when it is not a descriptor).</summary>
    public static PyObject Bind(PyObject attr, PyObject? instance, PyType owner)
    {
        var get = attr.Type.DescrGet;
        return get == null ? attr : get(attr, instance, owner);
    }

    // ---- calls --------------------------------------------------------------------------------------

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyDict? kwargs = null)
    {
        var slot = callable.Type.Call ?? throw Errors.TypeError($"'{callable.Type.Name}' object is not callable");
        return slot(callable, args, kwargs);
    }

    public static PyObject Call(PyObject callable) => Call(callable, ReadOnlySpan<PyObject>.Empty, null);

    public static PyObject Call(PyObject callable, PyObject arg0) => Call(callable, [arg0], null);

    public static PyObject Call(PyObject callable, PyObject arg0, PyObject arg1) => Call(callable, [arg0, arg1], null);

    /// <summary>Calls an attribute found on a type (a function, method descriptor, ...) with self prepended, avoiding a bound method where possible.</summary>
    public static PyObject CallWithSelf(PyObject method, PyObject self, ReadOnlySpan<PyObject> args, PyDict? kwargs = null)
    {
        if (method is PyMethodDescriptor md) return md.Method(self, args, kwargs);
        if (ReferenceEquals(method.Type, PyTypes.Function))
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            return Call(method, all, kwargs);
        }
        return Call(Bind(method, self, self.Type), args, kwargs);
    }

    /// <summary>obj.name(*args): a method call by name.</summary>
    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args) => Call(GetAttr(o, name), args, null);

    // ---- containers ---------------------------------------------------------------------------------

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        var slot = o.Type.GetItem;
        if (slot != null) return slot(o, key);
        if (o is PyType t)
        {
            if (ReferenceEquals(t, PyTypes.Type)) return Objects.GenericAlias.Create(t, key);
            var cgi = t.Lookup(Names.__class_getitem__);
            if (cgi != null) return Call(Bind(cgi, null, t), key);
            throw Errors.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw Errors.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var slot = o.Type.SetItem ?? throw Errors.TypeError($"'{o.Type.Name}' object does not support item assignment");
        slot(o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var slot = o.Type.SetItem ?? throw Errors.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
        slot(o, key, null);
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        var slot = container.Type.Contains;
        if (slot != null) return slot(container, item);
        var it = GetIterOrNull(container) ?? throw Errors.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        while (Next(it) is { } x)
            if (RichCompareBool(x, item, CompareOp.Eq)) return true;
        return false;
    }

    public static long Len(PyObject o)
    {
        var slot = o.Type.Len ?? throw Errors.TypeError($"object of type '{o.Type.Name}' has no len()");
        return slot(o);
    }

    // ---- iteration ----------------------------------------------------------------------------------

    public static PyObject GetIter(PyObject o) =>
        GetIterOrNull(o) ?? throw Errors.TypeError($"'{o.Type.Name}' object is not iterable");

    /// <summary>iter(o), or null when o is not iterable. Falls back to the __getitem__ sequence protocol.</summary>
    public static PyObject? GetIterOrNull(PyObject o)
    {
        var slot = o.Type.Iter;
        if (slot != null)
        {
            var it = slot(o);
            if (it.Type.Next == null) throw Errors.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
            return it;
        }
        if (o.Type.GetItem != null && o is not PyDict) return new SequenceIterator(o);
        return null;
    }

    /// <summary>One step of an iterator: null when exhausted. StopIteration never crosses this boundary.</summary>
    public static PyObject? Next(PyObject iterator)
    {
        var slot = iterator.Type.Next ?? throw Errors.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        return slot(iterator);
    }

    /// <summary>Iterates any iterable from native code.</summary>
    public static IEnumerable<PyObject> Iterate(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList list when ReferenceEquals(list.Type, PyTypes.List):
                for (var i = 0; ; i++)
                {
                    var item = list.GetItemOrNull(i);
                    if (item == null) yield break;
                    yield return item;
                }
            case PyTuple tuple when ReferenceEquals(tuple.Type, PyTypes.Tuple):
                foreach (var item in tuple.Items) yield return item;
                yield break;
        }
        var it = GetIter(iterable);
        while (Next(it) is { } x) yield return x;
    }

    public static PyObject[] ToArray(PyObject iterable)
    {
        if (iterable is PyTuple t && ReferenceEquals(t.Type, PyTypes.Tuple)) return (PyObject[])t.Items.Clone();
        if (iterable is PyList l && ReferenceEquals(l.Type, PyTypes.List)) return l.ToArray();
        var result = new List<PyObject>();
        foreach (var x in Iterate(iterable)) result.Add(x);
        return result.ToArray();
    }

    // ---- types --------------------------------------------------------------------------------------

    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t && ReferenceEquals(o.Type, t)) return true;
        if (cls is PyTuple tuple)
        {
            foreach (var c in tuple.Items)
                if (IsInstance(o, c)) return true;
            return false;
        }
        if (cls is PyType pt && ReferenceEquals(pt.Type, PyTypes.Type)) return o.Type.IsSubtypeOf(pt);
        if (cls is UnionType union) return IsInstance(o, union.Args);
        var check = LookupSpecial(cls, Names.__instancecheck__);
        if (check != null) return IsTrue(Call(check, o));
        throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyTuple tuple)
        {
            foreach (var c in tuple.Items)
                if (IsSubclass(derived, c)) return true;
            return false;
        }
        if (cls is PyType pt && ReferenceEquals(pt.Type, PyTypes.Type))
        {
            if (derived is not PyType dt) throw Errors.TypeError("issubclass() arg 1 must be a class");
            return dt.IsSubtypeOf(pt);
        }
        if (cls is UnionType union) return IsSubclass(derived, union.Args);
        var check = LookupSpecial(cls, Names.__subclasscheck__);
        if (check != null) return IsTrue(Call(check, derived));
        throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
