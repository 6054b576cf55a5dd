namespace Skein.Objects;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup: a message and a non-empty tuple of exceptions, with
/// subgroup/split/derive. BaseExceptionGroup(...) of Exceptions only returns an ExceptionGroup.
/// </summary>
public sealed class PyBaseExceptionGroup : PyBaseException
{
    public PyStr Message = PyStr.Empty;
    public PyTuple Exceptions = PyTuple.Empty;

    public PyBaseExceptionGroup(PyType type) : base(type)
    {
    }

    internal static void InitType(PyType t)
    {
        t.New = New;
        t.Init = (self, args, kw) =>
        {
            PyExc.NoKeywords(self, kw);
            ((PyBaseException)self).Args = PyTuple.Create(args.ToArray());
        };
        t.Str = self =>
        {
            var g = (PyBaseExceptionGroup)self;
            var n = g.Exceptions.Count;
            return new PyStr($"{Ops.Str(g.Message)} ({n} sub-exception{(n == 1 ? "" : "s")})");
        };
        t.DefGetter("message", self => ((PyBaseExceptionGroup)self).Message);
        t.DefGetter("exceptions", self => ((PyBaseExceptionGroup)self).Exceptions);
        t.DefMethod("derive", (self, args, _) =>
        {
            ArgParser.Exactly("derive", args, 1);
            return Ops.Call(PyExc.BaseExceptionGroup, [((PyBaseExceptionGroup)self).Message, args[0]], null);
        });
        t.DefMethod("subgroup", (self, args, _) =>
        {
            ArgParser.Exactly("subgroup", args, 1);
            var matcher = Matcher.From(args[0]);
            return Split(self, matcher, constructRest: false).Match ?? PyNone.Instance;
        });
        t.DefMethod("split", (self, args, _) =>
        {
            ArgParser.Exactly("split", args, 1);
            var matcher = Matcher.From(args[0]);
            var (match, rest) = Split(self, matcher, constructRest: true);
            return PyTuple.Create(match ?? PyNone.Instance, rest ?? PyNone.Instance);
        });
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
    }

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        if (kwargs != null && kwargs.Count > 0) throw Errors.TypeError($"{type.Name}() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        var message = args[0] as PyStr ?? throw Errors.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        var seq = args[1];
        if (!ExceptionAttributes.IsSequence(seq)) throw Errors.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops.ToArray(seq);
        if (items.Length == 0) throw Errors.ValueError("second argument (exceptions) must be a non-empty sequence");
        var nestsBase = false;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException) throw Errors.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!items[i].Type.IsSubtypeOf(PyExc.Exception)) nestsBase = true;
        }
        var cls = type;
        if (ReferenceEquals(cls, PyExc.ExceptionGroup))
        {
            if (nestsBase) throw Errors.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (ReferenceEquals(cls, PyExc.BaseExceptionGroup))
        {
            if (!nestsBase) cls = PyExc.ExceptionGroup;
        }
        else if (nestsBase && cls.IsSubtypeOf(PyExc.Exception))
        {
            throw Errors.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
        }
        return new PyBaseExceptionGroup(cls) { Args = PyTuple.Create(args.ToArray()), Message = message, Exceptions = new PyTuple(items) };
    }

    /// <summary>What subgroup/split match against: an exception type, a tuple of them, or a predicate.</summary>
    private readonly struct Matcher
    {
        private readonly PyObject _value;
        private readonly bool _isPredicate;

        private Matcher(PyObject value, bool isPredicate) => (_value, _isPredicate) = (value, isPredicate);

        public static Matcher From(PyObject value)
        {
            if (value is not PyType && value.Type.Call != null) return new Matcher(value, true);
            if (IsExceptionClass(value)) return new Matcher(value, false);
            if (value is PyTuple tuple)
            {
                var all = true;
                foreach (var item in tuple.Items) all &= IsExceptionClass(item);
                if (all) return new Matcher(value, false);
            }
            throw Errors.TypeError("expected a function, exception type or tuple of exception types");
        }

        private static bool IsExceptionClass(PyObject o) => o is PyType t && t.IsSubtypeOf(PyExc.BaseException);

        public bool Matches(PyObject exc) => _isPredicate ? Ops.IsTrue(Ops.Call(_value, exc)) : Ops.IsInstance(exc, _value);
    }

    private static (PyObject? Match, PyObject? Remainder) Split(PyObject exc, Matcher matcher, bool constructRest)
    {
        if (matcher.Matches(exc)) return (exc, null);
        if (exc is not PyBaseExceptionGroup group) return (null, constructRest ? exc : null);
        using var _ = RecursionGuard.Enter(" in exception group split");
        var matches = new List<PyObject>();
        var rests = constructRest ? new List<PyObject>() : null;
        foreach (var e in group.Exceptions.Items)
        {
            var (m, r) = Split(e, matcher, constructRest);
            if (m != null) matches.Add(m);
            if (r != null) rests!.Add(r);
        }
        return (Subset(group, matches), rests == null ? null : Subset(group, rests));
    }

    /// <summary>orig.derive(excs) carrying over the traceback, cause, context and notes, as CPython does.</summary>
    private static PyObject? Subset(PyBaseExceptionGroup orig, List<PyObject> excs)
    {
        if (excs.Count == 0) return null;
        var derived = Ops.CallMethod(orig, "derive", new PyList(excs.ToArray()));
        if (derived is not PyBaseExceptionGroup eg) throw Errors.TypeError("derive must return an instance of BaseExceptionGroup");
        eg.Traceback = orig.Traceback;
        eg.Cause = orig.Cause;
        eg.SuppressContext = true;
        eg.Context = orig.Context;
        if (orig.Notes is { } notes && ExceptionAttributes.IsSequence(notes))
            Ops.SetAttr(eg, Names.__notes__, new PyList(Ops.ToArray(notes)));
        return eg;
    }
}
