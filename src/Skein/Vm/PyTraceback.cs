namespace Skein.Vm;

/// <summary>One traceback entry: a frame and the line where the exception passed through it. The chain runs outermost first, innermost last.</summary>
public sealed class PyTraceback : PyObject
{
    public readonly PyFrame Frame;
    public readonly int LineNo;
    public PyTraceback? Next;
    /// <summary>The instruction that was executing in Frame.</summary>
    public int LastI;

    public PyTraceback(PyFrame frame, int lineNo, PyTraceback? next) : base(PyTypes.Traceback)
    {
        PyFrame.MarkEscaped(frame);
        Frame = frame;
        LineNo = lineNo;
        Next = next;
    }

    internal static void InitType(PyType t)
    {
        t.New = (_, args, kw) =>
        {
            var a = ArgParser.Parse("traceback", args, kw, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4);
            if (a[0] is not (PyNone or PyTraceback)) throw Errors.TypeError($"expected traceback object or None, got '{a[0]!.Type.Name}'");
            var frame = a[1] as PyFrame ?? throw Errors.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {a[1]!.Type.Name}");
            return new PyTraceback(frame, Ops.AsInt32(a[3]!), a[0] as PyTraceback) { LastI = Ops.AsInt32(a[2]!) / 2 };
        };
        t.DefGetter("tb_frame", self => ((PyTraceback)self).Frame);
        t.DefGetter("tb_lineno", self => PyInt.From(((PyTraceback)self).LineNo));
        t.DefGetter("tb_lasti", self => PyInt.From(((PyTraceback)self).LastI * 2));
        t.DefGetter("tb_next", self => (PyObject?)((PyTraceback)self).Next ?? PyNone.Instance, (self, v) =>
        {
            var tb = (PyTraceback)self;
            if (v is null or PyNone)
            {
                tb.Next = null;
                return;
            }
            var next = v as PyTraceback ?? throw Errors.TypeError($"expected traceback object, got '{v.Type.Name}'");
            for (var c = next; c != null; c = c.Next)
                if (ReferenceEquals(c, tb)) throw Errors.ValueError("traceback loop detected");
            tb.Next = next;
        });
    }
}
