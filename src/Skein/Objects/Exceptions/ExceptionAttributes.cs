namespace Skein.Objects;

/// <summary>Attributes and str() rules specific to some exception subclasses (KeyError, StopIteration, SystemExit, OSError, ...).</summary>
internal static class ExceptionAttributes
{
    internal static void Init()
    {
        // KeyError shows the repr of a lone key: KeyError: 'k'.
        PyExc.KeyError.Str = self =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count == 1 ? Ops.ReprObj(e.Args[0]) : PyTypes.Object.Mro.Length > 0 ? PyExc.BaseException.Str!(self) : PyStr.Empty;
        };
        DefArgAttribute(PyExc.StopIteration, "value");
        DefArgAttribute(PyExc.StopAsyncIteration, "value");
        PyExc.SystemExit.DefGetter("code", self =>
        {
            var e = (PyBaseException)self;
            if (e.InstanceDict!.GetItemOrNull("code") is { } c) return c;
            return e.Args.Count == 0 ? PyNone.Instance : e.Args.Count == 1 ? e.Args[0] : e.Args;
        }, (self, v) => self.InstanceDict!.SetItem("code", v ?? PyNone.Instance));
    }

    /// <summary>An attribute that defaults to the first constructor argument (StopIteration.value).</summary>
    private static void DefArgAttribute(PyType t, string name)
    {
        t.DefGetter(name, self =>
        {
            var e = (PyBaseException)self;
            if (e.InstanceDict!.GetItemOrNull(name) is { } v) return v;
            return e.Args.Count > 0 ? e.Args[0] : PyNone.Instance;
        }, (self, v) => self.InstanceDict!.SetItem(name, v ?? PyNone.Instance));
    }
}
