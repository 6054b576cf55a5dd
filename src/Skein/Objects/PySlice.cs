using Skein.Objects.Containers;

namespace Skein.Objects;

/// <summary>
/// Python slice object: start, stop, step as arbitrary objects (None when omitted). Immutable, so safe
/// to share between threads. Sequences resolve it with <see cref="SliceIndices"/>.
/// </summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) : base(PyTypes.Slice) => (Start, Stop, Step) = (start, stop, step);

    internal static void InitType(PyType t)
    {
        t.New = (_, args, kw) =>
        {
            ArgParser.NoKeywords("slice", kw);
            ArgParser.Range("slice", args, 1, 3);
            return args.Length switch
            {
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                _ => new PySlice(args[0], args[1], args[2]),
            };
        };
        t.Repr = self =>
        {
            var s = (PySlice)self;
            return new PyStr($"slice({Ops.Repr(s.Start)}, {Ops.Repr(s.Stop)}, {Ops.Repr(s.Step)})");
        };
        t.Hash = SlotAdapters.HashNotImplemented;
        t.RichCompare = (a, b, op) =>
        {
            if (a is not PySlice x || b is not PySlice y) return PyNotImplemented.Instance;
            if (ReferenceEquals(x, y)) return PyBool.From(op is CompareOp.Eq or CompareOp.Le or CompareOp.Ge);
            return Ops.RichCompare(x.AsTuple(), y.AsTuple(), op);
        };
        t.DefGetter("start", self => ((PySlice)self).Start);
        t.DefGetter("stop", self => ((PySlice)self).Stop);
        t.DefGetter("step", self => ((PySlice)self).Step);
        t.DefMethod("indices", (self, args, _) =>
        {
            ArgParser.Exactly("slice.indices", args, 1);
            SliceIndices.ComputeBig((PySlice)self, Ops.Index(args[0]).Value, out var start, out var stop, out var step);
            return PyTuple.Create(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
        }, "S.indices(len) -> (start, stop, stride)");
        t.DefMethod("__reduce__", (self, _, _) => PyTuple.Create(PyTypes.Slice, ((PySlice)self).AsTuple()), "Return state information for pickling.");
    }

    private PyTuple AsTuple() => new([Start, Stop, Step]);
}
