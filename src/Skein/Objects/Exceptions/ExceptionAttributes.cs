namespace Skein.Objects;

/// <summary>KeyError's str(), and the helper that exposes the fields of the exception families as attributes.</summary>
internal static class ExceptionAttributes
{
    internal static void Init()
    {
        // KeyError shows the repr of a lone key (KeyError: 'k'), so an empty-string key stays visible.
        PyExc.KeyError.Str = self =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count == 1 ? Ops.ReprObj(e.Args[0]) : PyExc.BaseException.Str!(self);
        };
    }

    /// <summary>
    /// A writable attribute backed by a field of the CLR class T (CPython's T_OBJECT members): a missing
    /// value reads as None, deleting stores null.
    /// </summary>
    internal static void DefField<T>(PyType t, string name, Func<T, PyObject?> get, Action<T, PyObject?>? set = null)
        where T : PyBaseException
    {
        t.DefGetter(name,
            self => self is T e ? get(e) ?? PyNone.Instance : PyNone.Instance,
            set == null ? null : (self, v) =>
            {
                if (self is not T e) throw Errors.TypeError($"descriptor '{name}' for '{t.Name}' objects doesn't apply to a '{self.Type.Name}' object");
                set(e, v);
            });
    }

    /// <summary>CPython's PySequence_Check: indexable and not a mapping (list and tuple pass without their slots).</summary>
    internal static bool IsSequence(PyObject o) => o is PyList or PyTuple || (o.Type.GetItem != null && o is not PyDict);

    /// <summary>The keyword-only arguments of ImportError/NameError/AttributeError inits, with CPython's message for others.</summary>
    internal static PyObject?[] KeywordOnly(string function, PyDict? kwargs, params string[] names)
    {
        var result = new PyObject?[names.Length];
        if (kwargs == null) return result;
        foreach (var pair in kwargs.Snapshot())
        {
            var key = pair.Key as PyStr ?? throw Errors.TypeError("keywords must be strings");
            var index = Array.IndexOf(names, key.Value);
            if (index < 0) throw Errors.TypeError($"'{key.Value}' is an invalid keyword argument for {function}()");
            result[index] = pair.Value;
        }
        return result;
    }
}
