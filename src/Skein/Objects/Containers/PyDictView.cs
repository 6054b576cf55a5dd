using System.Text;
using Skein.Objects.Iterators;

namespace Skein.Objects.Containers;

/// <summary>
/// dict_keys, dict_values and dict_items: live views on a dict (they read it lock-free, like its
/// iterators). Keys and items views are set-like: comparisons, &amp; | - ^ (giving sets) and isdisjoint.
/// </summary>
public sealed class PyDictView : PyObject
{
    private static readonly PyType[] s_types = [Make("dict_keys", DictItemKind.Keys), Make("dict_values", DictItemKind.Values), Make("dict_items", DictItemKind.Items)];

    public readonly PyDict Dict;
    public readonly DictItemKind Kind;

    public PyDictView(PyDict dict, DictItemKind kind) : base(s_types[(int)kind])
    {
        Dict = dict;
        Kind = kind;
    }

    private static PyType Make(string name, DictItemKind kind) => PyTypes.Define(name, null, t =>
    {
        t.Len = self => ((PyDictView)self).Dict.Count;
        t.Iter = self => new DictIterator(((PyDictView)self).Dict, kind);
        t.Repr = self =>
        {
            var view = (PyDictView)self;
            if (!ReprGuard.Enter(view)) return new PyStr("...");
            try
            {
                var sb = new StringBuilder(name).Append("([");
                var first = true;
                var it = new DictIterator(view.Dict, kind);
                while (Ops.Next(it) is { } item)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(Ops.Repr(item));
                }
                return new PyStr(sb.Append("])").ToString());
            }
            finally
            {
                ReprGuard.Leave(view);
            }
        };
        t.DefMethod("__reversed__", (self, _, _) => new DictIterator(((PyDictView)self).Dict, kind, reverse: true),
            "Return a reverse iterator over the dict " + kind.ToString().ToLowerInvariant() + ".");
        t.DefGetter("mapping", self => new PyMappingProxy(((PyDictView)self).Dict), doc: "dictionary that this view refers to");
        if (kind == DictItemKind.Values) return;

        t.Hash = SlotAdapters.HashNotImplemented;
        t.Contains = kind == DictItemKind.Keys
            ? (self, key) => ((PyDictView)self).Dict.GetItemOrNull(key) != null
            : (self, item) =>
            {
                if (item is not PyTuple { Items.Length: 2 } pair) return false;
                var value = ((PyDictView)self).Dict.GetItemOrNull(pair.Items[0]);
                return value != null && SequenceSupport.ItemEquals(value, pair.Items[1]);
            };
        t.RichCompare = Compare;
        t.Number[(int)BinaryOp.And] = (a, b) =>
        {
            // Whichever side is the view, the other is what gets iterated (CPython's _PyDictView_Intersect).
            var (view, other) = a is PyDictView va && IsSetLike(va) ? (va, b) : ((PyDictView)b, a);
            var result = new PySet();
            if (other is PyDictView ov && IsSetLike(ov) && ov.Dict.Count > view.Dict.Count) (view, other) = (ov, view);
            var it = Ops.GetIter(other);
            while (Ops.Next(it) is { } key)
                if (Ops.Contains(view, key)) result.Add(key);
            return result;
        };
        t.Number[(int)BinaryOp.Or] = (a, b) =>
        {
            var result = PySet.From(a);
            result.Update(b);
            return result;
        };
        t.Number[(int)BinaryOp.Sub] = (a, b) =>
        {
            var result = PySet.From(a);
            SetOperations.DifferenceUpdate(result, b);
            return result;
        };
        t.Number[(int)BinaryOp.Xor] = (a, b) =>
        {
            var result = PySet.From(a);
            SetOperations.SymmetricDifferenceUpdate(result, b);
            return result;
        };
        t.DefMethod("isdisjoint", (self, args, _) =>
        {
            ArgParser.Exactly("isdisjoint", args, 1);
            var other = args[0];
            if (ReferenceEquals(self, other)) return PyBool.From(((PyDictView)self).Dict.Count == 0);
            var (container, iterated) = (self, other);
            if ((other is PyAnySet || other is PyDictView ov && IsSetLike(ov)) && Ops.Len(other) > Ops.Len(self)) (container, iterated) = (other, self);
            var it = Ops.GetIter(iterated);
            while (Ops.Next(it) is { } x)
                if (Ops.Contains(container, x)) return PyBool.False;
            return PyBool.True;
        }, "Return True if the view and the given iterable have a null intersection.");
    });

    private static bool IsSetLike(PyDictView v) => v.Kind != DictItemKind.Values;

    private static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (b is not (PyAnySet or PyDictView { Kind: not DictItemKind.Values })) return PyNotImplemented.Instance;
        var la = Ops.Len(a);
        var lb = Ops.Len(b);
        bool result;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                result = la == lb && AllContainedIn(a, b);
                if (op == CompareOp.Ne) result = !result;
                break;
            case CompareOp.Lt: result = la < lb && AllContainedIn(a, b); break;
            case CompareOp.Le: result = la <= lb && AllContainedIn(a, b); break;
            case CompareOp.Gt: result = la > lb && AllContainedIn(b, a); break;
            default: result = la >= lb && AllContainedIn(b, a); break;
        }
        return PyBool.From(result);
    }

    private static bool AllContainedIn(PyObject self, PyObject other)
    {
        var it = Ops.GetIter(self);
        while (Ops.Next(it) is { } x)
            if (!Ops.Contains(other, x)) return false;
        return true;
    }
}
