namespace Skein.Modules.Builtins;

/// <summary>all, any, iter, next, min, max, sorted, aiter and anext.</summary>
internal static class IterationFunctions
{
    /// <summary>builtins.next; the interpreter loop recognises it to end native iterators without a .NET exception.</summary>
    internal static readonly NativeFunction NextFunction = (args, kw) =>
    {
        ArgParser.NoKeywords("next", kw);
        ArgParser.Range("next", args, 1, 2);
        var it = args[0];
        if (it.Type.Next == null) throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
        // The Next slot drops the value a StopIteration carries (a generator's return value, a class's
        // raise StopIteration(v)); next() must pass it on, so it calls __next__ itself for those.
        if (it.Type.IsHeapType || it is Vm.PyGenerator)
        {
            var method = Ops.LookupSpecial(it, Names.__next__) ?? throw Errors.TypeError($"'{it.Type.Name}' object is not an iterator");
            if (args.Length == 1) return Ops.Call(method);
            try
            {
                return Ops.Call(method);
            }
            catch (PyException e) when (e.Is(PyExc.StopIteration))
            {
                return args[1];
            }
        }
        var x = it.Type.Next(it);
        if (x != null) return x;
        if (args.Length == 2) return args[1];
        throw Errors.StopIteration();
    };

    public static void AddTo(PyModule m)
    {
        m.DefFunction("all", (args, kw) =>
        {
            ArgParser.NoKeywords("all", kw);
            ArgParser.Exactly("all", args, 1);
            var items = new ItemSource(args[0]);
            while (items.Next() is { } x)
                if (!Ops.IsTrue(x)) return PyBool.False;
            return PyBool.True;
        }, "Return True if bool(x) is True for all values x in the iterable.");
        m.DefFunction("any", (args, kw) =>
        {
            ArgParser.NoKeywords("any", kw);
            ArgParser.Exactly("any", args, 1);
            var items = new ItemSource(args[0]);
            while (items.Next() is { } x)
                if (Ops.IsTrue(x)) return PyBool.True;
            return PyBool.False;
        }, "Return True if bool(x) is True for any x in the iterable.");
        m.DefFunction("iter", (args, kw) =>
        {
            ArgParser.NoKeywords("iter", kw);
            ArgParser.Range("iter", args, 1, 2);
            if (args.Length == 1) return Ops.GetIter(args[0]);
            if (args[0].Type.Call == null) throw Errors.TypeError("iter(v, w): v must be callable");
            return new CallableIterator(args[0], args[1]);
        }, "Get an iterator from an object.");
        m.DefFunction("next", NextFunction, "Return the next item from the iterator.");
        m.DefFunction("max", (args, kw) => MinMax("max", args, kw, CompareOp.Gt), "With a single iterable argument, return its biggest item.");
        m.DefFunction("min", (args, kw) => MinMax("min", args, kw, CompareOp.Lt), "With a single iterable argument, return its smallest item.");
        m.DefFunction("sorted", (args, kw) =>
        {
            if (args.Length != 1) throw Errors.TypeError($"sorted expected 1 argument, got {args.Length}");
            return Sorting.SortedList(Ops.ToArray(args[0]), kw);
        }, "Return a new list containing all items from the iterable in ascending order.");
        m.DefFunction("aiter", (args, kw) =>
        {
            ArgParser.NoKeywords("aiter", kw);
            ArgParser.Exactly("aiter", args, 1);
            var o = args[0];
            var method = Ops.LookupSpecial(o, Names.__aiter__) ?? throw Errors.TypeError($"'{o.Type.Name}' object is not an async iterable");
            var it = Ops.Call(method);
            if (it.Type.Lookup(Names.__anext__) == null)
                throw Errors.TypeError($"aiter() returned not an async iterator of type '{it.Type.Name}'");
            return it;
        }, "Return an AsyncIterator for an AsyncIterable object.");
        m.DefFunction("anext", (args, kw) =>
        {
            ArgParser.NoKeywords("anext", kw);
            ArgParser.Range("anext", args, 1, 2);
            var o = args[0];
            var method = Ops.LookupSpecial(o, Names.__anext__) ?? throw Errors.TypeError($"'{o.Type.Name}' object is not an async iterator");
            var awaitable = Ops.Call(method);
            return args.Length == 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
        }, "Return the next item from the async iterator.");
    }

    /// <summary>max/min over one iterable or several arguments, with key= and (for one iterable) default=.</summary>
    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, PyDict? kw, CompareOp op)
    {
        if (args.Length == 0) throw Errors.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject? key = null, dflt = null;
        if (kw != null)
        {
            foreach (var pair in kw.Snapshot())
            {
                var k = ((PyStr)pair.Key).Value;
                if (k == "key") key = pair.Value;
                else if (k == "default") dflt = pair.Value;
                else throw Errors.TypeError($"'{k}' is an invalid keyword argument for {name}()");
            }
        }
        if (key is PyNone) key = null;
        if (dflt != null && args.Length > 1)
            throw Errors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");

        PyObject? best = null, bestKey = null;
        if (args.Length > 1)
        {
            foreach (var item in args) Consider(item, key, op, ref best, ref bestKey);
        }
        else
        {
            var items = new ItemSource(args[0]);
            while (items.Next() is { } item) Consider(item, key, op, ref best, ref bestKey);
        }
        return best ?? dflt ?? throw Errors.ValueError($"{name}() arg is an empty sequence");
    }

    private static void Consider(PyObject item, PyObject? key, CompareOp op, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = key == null ? item : Ops.Call(key, item);
        if (best == null || Better(k, bestKey!, op))
        {
            best = item;
            bestKey = k;
        }
    }

    /// <summary>candidate op current (&gt; for max, &lt; for min), with the exact int/float/str pairs compared inline.</summary>
    private static bool Better(PyObject candidate, PyObject current, CompareOp op)
    {
        if (candidate is PyInt a && current is PyInt b && a.IsSmall && b.IsSmall
            && ReferenceEquals(a.Type, PyTypes.Int) && ReferenceEquals(b.Type, PyTypes.Int))
            return op == CompareOp.Gt ? a.Small > b.Small : a.Small < b.Small;
        if (candidate is PyFloat fa && current is PyFloat fb
            && ReferenceEquals(fa.Type, PyTypes.Float) && ReferenceEquals(fb.Type, PyTypes.Float))
            return op == CompareOp.Gt ? fa.Value > fb.Value : fa.Value < fb.Value;
        if (candidate is PyStr sa && current is PyStr sb
            && ReferenceEquals(sa.Type, PyTypes.Str) && ReferenceEquals(sb.Type, PyTypes.Str))
        {
            var c = Sorting.CompareCodePoints(sa.Value, sb.Value);
            return op == CompareOp.Gt ? c > 0 : c < 0;
        }
        return Ops.RichCompareBool(candidate, current, op);
    }
}
