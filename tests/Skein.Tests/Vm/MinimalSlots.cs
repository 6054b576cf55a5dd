using System.Numerics;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using System.Globalization;

namespace Skein.Tests.Vm;

/// <summary>
/// Test-only stand-ins for slots other branches implement (int, float, str, list, tuple, dict), installed
/// only where a type still has the default inherited from object.
/// </summary>
internal static class MinimalSlots
{
    private static bool IsDefault<T>(T? slot, T? objectSlot) where T : class => slot == null || ReferenceEquals(slot, objectSlot);

    public static void Install()
    {
        var o = PyTypes.Object;
        var i = PyTypes.Int;
        if (IsDefault(i.Repr, o.Repr))
        {
            i.Repr = x => new PyStr(x is PyBool b ? (b.IsTrue ? "True" : "False") : ((PyInt)x).Value.ToString());
            PyTypes.Bool.Repr = i.Repr;
            i.Str = PyTypes.Bool.Str = i.Repr;
            i.Hash = PyTypes.Bool.Hash = x => (long)(((PyInt)x).Value % long.MaxValue);
            i.Bool = PyTypes.Bool.Bool = x => !((PyInt)x).Value.IsZero;
            i.Index = PyTypes.Bool.Index = x => x;
            i.RichCompare = PyTypes.Bool.RichCompare = (a, b, op) =>
            {
                if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
                var c = x.Value.CompareTo(y.Value);
                return PyBool.From(op switch
                {
                    CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
                });
            };
            BinarySlot Arith(Func<BigInteger, BigInteger, BigInteger> f) => (a, b) =>
                a is PyInt x && b is PyInt y ? PyInt.From(f(x.Value, y.Value)) : PyNotImplemented.Instance;
            foreach (var t in new[] { i, PyTypes.Bool })
            {
                t.Number[(int)BinaryOp.Add] = Arith((x, y) => x + y);
                t.Number[(int)BinaryOp.Sub] = Arith((x, y) => x - y);
                t.Number[(int)BinaryOp.Mul] = Arith((x, y) => x * y);
                t.Number[(int)BinaryOp.Pow] = Arith((x, y) => BigInteger.Pow(x, (int)y));
                t.Number[(int)BinaryOp.FloorDiv] = (a, b) => a is PyInt x && b is PyInt y
                    ? y.Value.IsZero ? throw Errors.ZeroDivisionError("integer division or modulo by zero") : PyInt.From(BigInteger.Divide(x.Value - (((x.Value % y.Value) + y.Value) % y.Value), y.Value))
                    : PyNotImplemented.Instance;
                t.Number[(int)BinaryOp.Mod] = (a, b) => a is PyInt x && b is PyInt y
                    ? y.Value.IsZero ? throw Errors.ZeroDivisionError("integer division or modulo by zero") : PyInt.From(((x.Value % y.Value) + y.Value) % y.Value)
                    : PyNotImplemented.Instance;
                t.Number[(int)BinaryOp.TrueDiv] = (a, b) => a is PyInt x && b is PyInt y
                    ? y.Value.IsZero ? throw Errors.ZeroDivisionError("division by zero") : new PyFloat((double)x.Value / (double)y.Value)
                    : PyNotImplemented.Instance;
            }
            i.Unary[(int)UnaryOp.Neg] = x => PyInt.From(-((PyInt)x).Value);
        }
        var f = PyTypes.Float;
        if (IsDefault(f.Repr, o.Repr))
        {
            f.Repr = f.Str = x =>
            {
                var d = ((PyFloat)x).Value;
                var s = d.ToString("R", CultureInfo.InvariantCulture);
                return new PyStr(double.IsFinite(d) && !s.Contains('.') && !s.Contains('E') ? s + ".0" : s);
            };
            f.Hash = x => ((PyFloat)x).Value.GetHashCode();
            f.RichCompare = (a, b, op) =>
            {
                if (a is not PyFloat x) return PyNotImplemented.Instance;
                double y;
                if (b is PyFloat fb) y = fb.Value;
                else if (b is PyInt ib) y = (double)ib.Value;
                else return PyNotImplemented.Instance;
                return PyBool.From(op switch
                {
                    CompareOp.Lt => x.Value < y, CompareOp.Le => x.Value <= y, CompareOp.Eq => x.Value == y,
                    CompareOp.Ne => x.Value != y, CompareOp.Gt => x.Value > y, _ => x.Value >= y,
                });
            };
        }
        var s = PyTypes.Str;
        if (IsDefault(s.Repr, o.Repr))
        {
            s.Repr = x => new PyStr("'" + ((PyStr)x).Value + "'");
            s.Str = x => x;
            s.Hash = x => ((PyStr)x).GetHashCode();
            s.Len = x => ((PyStr)x).Value.Length;
            s.RichCompare = (a, b, op) =>
            {
                if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Instance;
                var c = string.CompareOrdinal(x.Value, y.Value);
                return PyBool.From(op switch
                {
                    CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
                    CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
                });
            };
            s.Number[(int)BinaryOp.Add] = (a, b) => a is PyStr x && b is PyStr y ? new PyStr(x.Value + y.Value) : PyNotImplemented.Instance;
            s.Number[(int)BinaryOp.Mul] = (a, b) => a is PyStr x && b is PyInt n ? new PyStr(string.Concat(Enumerable.Repeat(x.Value, (int)n.Value))) : PyNotImplemented.Instance;
            s.Contains = (a, b) => ((PyStr)a).Value.Contains(((PyStr)b).Value, StringComparison.Ordinal);
            s.GetItem = (a, k) =>
            {
                var v = ((PyStr)a).Value;
                var idx = (int)Ops.AsLong(k);
                if (idx < 0) idx += v.Length;
                if (idx < 0 || idx >= v.Length) throw Errors.IndexError("string index out of range");
                return new PyStr(v[idx].ToString());
            };
        }
        var l = PyTypes.List;
        if (l.Len == null)
        {
            l.Len = x => ((PyList)x).Count;
            l.GetItem = (a, k) => ((PyList)a).GetItemOrNull(Ops.AsLong(k)) ?? throw Errors.IndexError("list index out of range");
            l.Repr = x => new PyStr("[" + string.Join(", ", ((PyList)x).ToArray().Select(Ops.Repr)) + "]");
            l.Hash = SlotAdapters.HashNotImplemented;
            l.RichCompare = (a, b, op) => op == CompareOp.Eq && a is PyList x && b is PyList y
                ? PyBool.From(x.Count == y.Count && x.ToArray().Zip(y.ToArray()).All(p => Ops.Eq(p.First, p.Second)))
                : PyNotImplemented.Instance;
            l.Number[(int)BinaryOp.Add] = (a, b) => a is PyList x && b is PyList y ? new PyList(x.ToArray().Concat(y.ToArray()).ToArray()) : PyNotImplemented.Instance;
            l.DefMethod("append", (self, args, _) =>
            {
                ((PyList)self).Append(args[0]);
                return PyNone.Instance;
            });
        }
        var t2 = PyTypes.Tuple;
        if (t2.Len == null)
        {
            t2.Len = x => ((PyTuple)x).Count;
            t2.GetItem = (a, k) =>
            {
                var items = ((PyTuple)a).Items;
                var idx = Ops.AsLong(k);
                if (idx < 0) idx += items.Length;
                if (idx < 0 || idx >= items.Length) throw Errors.IndexError("tuple index out of range");
                return items[idx];
            };
            t2.Repr = x =>
            {
                var items = ((PyTuple)x).Items;
                return new PyStr(items.Length == 1 ? "(" + Ops.Repr(items[0]) + ",)" : "(" + string.Join(", ", items.Select(Ops.Repr)) + ")");
            };
            t2.Hash = x => ((PyTuple)x).Items.Aggregate(17L, (h, e) => h * 31 + Ops.Hash(e));
            t2.RichCompare = (a, b, op) => op == CompareOp.Eq && a is PyTuple x && b is PyTuple y
                ? PyBool.From(x.Count == y.Count && x.Items.Zip(y.Items).All(p => Ops.Eq(p.First, p.Second)))
                : PyNotImplemented.Instance;
        }
        var d = PyTypes.Dict;
        if (d.Len == null)
        {
            d.Len = x => ((PyDict)x).Count;
            d.GetItem = (a, k) => ((PyDict)a).GetItemOrNull(k) ?? throw Errors.KeyError(k);
            d.SetItem = (a, k, v) =>
            {
                if (v == null)
                {
                    if (!((PyDict)a).Remove(k)) throw Errors.KeyError(k);
                }
                else ((PyDict)a).SetItem(k, v);
            };
            d.Contains = (a, k) => ((PyDict)a).ContainsKey(k);
            d.Iter = x => Ops.GetIter(new PyList(((PyDict)x).KeysSnapshot()));
            d.Repr = x => new PyStr("{" + string.Join(", ", ((PyDict)x).Snapshot().Select(p => Ops.Repr(p.Key) + ": " + Ops.Repr(p.Value))) + "}");
            d.Hash = SlotAdapters.HashNotImplemented;
            d.DefMethod("keys", (self, _, _) => new PyList(((PyDict)self).KeysSnapshot()));
            d.DefMethod("get", (self, args, _) => ((PyDict)self).GetItemOrNull(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance));
        }
        if (s.New == null || ReferenceEquals(s.New, o.New))
            s.New = (type, args, _) => args.Length == 0 ? PyStr.Empty : Ops.StrObj(args[0]);
        if (l.New == null || ReferenceEquals(l.New, o.New))
        {
            l.New = (type, args, _) => new PyList(args.Length == 0 ? [] : Ops.ToArray(args[0]));
            l.Init = (_, _, _) => { };
        }
        var none = PyTypes.NoneType;
        none.Str ??= none.Repr;
    }
}
