using System.Numerics;
using System.Text;
using Skein.Objects;
using Skein.Objects.Text;
using Skein.Runtime;
using Skein.Syntax;
using Ast = Skein.Syntax;

namespace Skein.Tests.Strings;

/// <summary>
/// Evaluates the small expressions the string tests are written in (literals, attribute calls, subscripts,
/// + * %, comparisons, calls of str/bytes/bytearray/memoryview) directly on the object model, and prints
/// results the way Python's repr does, so cases can be checked against CPython's own output.
/// </summary>
internal static class MiniEval
{
    /// <summary>
    /// Until the numbers and containers branches are merged, int, list and dict lack the slots these
    /// tests lean on (printing ints, dict lookups); stand-ins fill them only where a type has none of its own.
    /// </summary>
    static MiniEval()
    {
        if (PyTypes.Int.Dict.GetItemOrNull("__repr__") == null)
            PyTypes.Int.Repr = o => new PyStr(((PyInt)o).Value.ToString());
        if (PyTypes.Int.Dict.GetItemOrNull("__eq__") == null)
        {
            PyTypes.Int.RichCompare = (a, b, op) =>
            {
                if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
                var c = x.Value.CompareTo(y.Value);
                return PyBool.From(op switch
                {
                    CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
                });
            };
        }
        if (PyTypes.List.Dict.GetItemOrNull("__repr__") == null)
            PyTypes.List.Repr = o => new PyStr(Repr(o));
        if (PyTypes.List.Dict.GetItemOrNull("__getitem__") == null)
            PyTypes.List.GetItem = (l, k) => ((PyList)l).GetItemOrNull(((PyInt)k).Small) ?? throw Errors.IndexError("list index out of range");
        if (PyTypes.Dict.Dict.GetItemOrNull("__getitem__") == null)
            PyTypes.Dict.GetItem = (d, k) => ((PyDict)d).GetItemOrNull(k) ?? throw Errors.KeyError(k);
    }

    private static readonly Dictionary<string, PyObject> s_names = new()
    {
        ["str"] = PyTypes.Str,
        ["bytes"] = PyTypes.Bytes,
        ["bytearray"] = PyTypes.ByteArray,
        ["memoryview"] = PyTypes.MemoryView,
        ["None"] = PyNone.Instance,
        ["len"] = new PyBuiltinFunction("len", (a, _) => PyInt.From(Ops.Len(a[0]))),
        ["format"] = new PyBuiltinFunction("format", (a, _) => Ops.Format(a[0], a.Length > 1 ? ((PyStr)a[1]).Value : "")),
    };

    public static PyObject Eval(string source)
    {
        var tree = Parser.ParseExpression(source, "<test>");
        return Eval(tree.Body);
    }

    /// <summary>The result's repr, or "!! Type: message" for an exception (Unicode errors show their args).</summary>
    public static string Run(string source)
    {
        try
        {
            return Repr(Eval(source));
        }
        catch (PyException e)
        {
            var v = e.Value;
            var name = v.Type.Name;
            if (name.StartsWith("Unicode") && v.Args.Count > 1) return $"!! {name}{Repr(v.Args)}";
            if (name == "KeyError") return $"!! {name}: {Repr(v.Args[0])}";
            return $"!! {name}: {(v.Args.Count > 0 ? Ops.Str(v.Args[0]) : "")}";
        }
    }

    private static PyObject Eval(Expr e)
    {
        switch (e)
        {
            case Constant c:
                return c.Value switch
                {
                    null => PyNone.Instance,
                    bool b => PyBool.From(b),
                    BigInteger i => PyInt.From(i),
                    string s => new PyStr(s),
                    byte[] b => new PyBytes(b),
                    double d => new PyFloat(d),
                    _ => throw new NotSupportedException(c.Value.GetType().Name),
                };
            case Name n:
                return s_names[n.Id];
            case Ast.Attribute a:
                return Ops.GetAttr(Eval(a.Value), a.Attr);
            case Call call:
            {
                var f = Eval(call.Func);
                var args = call.Args.Select(Eval).ToArray();
                PyDict? kw = null;
                foreach (var k in call.Keywords)
                {
                    kw ??= new PyDict();
                    kw.SetItem(new PyStr(k.Arg!), Eval(k.Value));
                }
                return Ops.Call(f, args, kw);
            }
            case Subscript s:
                return Ops.GetItem(Eval(s.Value), Eval(s.Slice));
            case Ast.Slice sl:
                return new PySlice(sl.Lower == null ? PyNone.Instance : Eval(sl.Lower),
                    sl.Upper == null ? PyNone.Instance : Eval(sl.Upper),
                    sl.Step == null ? PyNone.Instance : Eval(sl.Step));
            case BinOp b:
                var op = b.Op switch
                {
                    OperatorKind.Add => BinaryOp.Add,
                    OperatorKind.Mult => BinaryOp.Mul,
                    OperatorKind.Mod => BinaryOp.Mod,
                    _ => throw new NotSupportedException(b.Op.ToString()),
                };
                return Ops.BinaryOp(Eval(b.Left), Eval(b.Right), op);
            case Ast.UnaryOp u when u.Op == UnaryOpKind.USub && u.Operand is Constant { Value: BigInteger v }:
                return PyInt.From(-v);
            case Ast.Tuple t:
                return new PyTuple(t.Elts.Select(Eval).ToArray());
            case Ast.List l:
                return new PyList(l.Elts.Select(Eval).ToArray());
            case Ast.Dict d:
            {
                var result = new PyDict();
                for (var i = 0; i < d.Keys.Count; i++) result.SetItem(Eval(d.Keys[i]!), Eval(d.Values[i]));
                return result;
            }
            case Compare cmp when cmp.Ops.Count == 1:
            {
                var left = Eval(cmp.Left);
                var right = Eval(cmp.Comparators[0]);
                return cmp.Ops[0] switch
                {
                    CmpOpKind.Eq => Ops.RichCompare(left, right, CompareOp.Eq),
                    CmpOpKind.NotEq => Ops.RichCompare(left, right, CompareOp.Ne),
                    CmpOpKind.Lt => Ops.RichCompare(left, right, CompareOp.Lt),
                    CmpOpKind.LtE => Ops.RichCompare(left, right, CompareOp.Le),
                    CmpOpKind.Gt => Ops.RichCompare(left, right, CompareOp.Gt),
                    CmpOpKind.GtE => Ops.RichCompare(left, right, CompareOp.Ge),
                    CmpOpKind.In => PyBool.From(Ops.Contains(right, left)),
                    CmpOpKind.NotIn => PyBool.From(!Ops.Contains(right, left)),
                    _ => throw new NotSupportedException(cmp.Ops[0].ToString()),
                };
            }
        }
        throw new NotSupportedException(e.GetType().Name);
    }

    public static string Repr(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                return "[" + string.Join(", ", l.ToArray().Select(Repr)) + "]";
            case PyTuple t:
                return t.Count == 1 ? "(" + Repr(t[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")";
            case PyDict d:
                return "{" + string.Join(", ", d.Snapshot().Select(p => Repr(p.Key) + ": " + Repr(p.Value))) + "}";
            case PyBool b:
                return b.IsTrue ? "True" : "False";
            case PyInt i:
                return i.Value.ToString();
            default:
                return Ops.Repr(o);
        }
    }
}
