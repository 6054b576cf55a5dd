namespace Skein.Modules;

/// <summary>
/// _operator: the operator functions as built-ins (operator.py imports them over its Python versions, as
/// CPython's does), so reduce(add, ...) and sorted(key=itemgetter(1)) call native code directly.
/// </summary>
[BuiltinModule("_operator")]
public static class OperatorModule
{
    public static void Init(PyModule m)
    {
        void Binary(string name, Func<PyObject, PyObject, PyObject> f)
        {
            m.DefFunction(name, (args, _) =>
            {
                if (args.Length != 2) throw Errors.TypeError($"{name} expected 2 arguments, got {args.Length}");
                return f(args[0], args[1]);
            });
            m.Set($"__{name.TrimEnd('_')}__", m.Dict.GetItemOrNull(name)!);
        }
        void Unary(string name, Func<PyObject, PyObject> f)
        {
            m.DefFunction(name, (args, _) =>
            {
                ArgParser.Exactly(name, args, 1);
                return f(args[0]);
            });
            m.Set($"__{name.TrimEnd('_')}__", m.Dict.GetItemOrNull(name)!);
        }

        var ops = new (string Name, BinaryOp Op)[]
        {
            ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("matmul", BinaryOp.MatMul),
            ("truediv", BinaryOp.TrueDiv), ("floordiv", BinaryOp.FloorDiv), ("mod", BinaryOp.Mod), ("pow", BinaryOp.Pow),
            ("lshift", BinaryOp.LShift), ("rshift", BinaryOp.RShift), ("and_", BinaryOp.And), ("or_", BinaryOp.Or), ("xor", BinaryOp.Xor),
        };
        foreach (var (name, op) in ops)
        {
            var o = op;
            Binary(name, (a, b) => Ops.BinaryOp(a, b, o));
            Binary("i" + name.TrimEnd('_'), (a, b) => Ops.InPlaceOp(a, b, o));
        }
        var compares = new (string Name, CompareOp Op)[]
        {
            ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge),
        };
        foreach (var (name, op) in compares)
        {
            var o = op;
            Binary(name, (a, b) => Ops.RichCompare(a, b, o));
        }
        Unary("neg", a => Ops.UnaryOp(a, UnaryOp.Neg));
        Unary("pos", a => Ops.UnaryOp(a, UnaryOp.Pos));
        Unary("abs", a => Ops.UnaryOp(a, UnaryOp.Abs));
        Unary("invert", a => Ops.UnaryOp(a, UnaryOp.Invert));
        Unary("inv", a => Ops.UnaryOp(a, UnaryOp.Invert));
        Unary("not_", a => PyBool.From(!Ops.IsTrue(a)));
        Unary("truth", a => PyBool.From(Ops.IsTrue(a)));
        Unary("index", a => Ops.Index(a));
        Binary("is_", (a, b) => PyBool.From(ReferenceEquals(a, b)));
        Binary("is_not", (a, b) => PyBool.From(!ReferenceEquals(a, b)));
        Binary("contains", (a, b) => PyBool.From(Ops.Contains(a, b)));
        Binary("getitem", Ops.GetItem);
        Binary("concat", (a, b) =>
        {
            if (a.Type.GetItem == null || a is PyDict) throw Errors.TypeError($"'{a.Type.Name}' object can't be concatenated");
            return Ops.BinaryOp(a, b, BinaryOp.Add);
        });
        Binary("iconcat", (a, b) =>
        {
            if (a.Type.GetItem == null || a is PyDict) throw Errors.TypeError($"'{a.Type.Name}' object can't be concatenated");
            return Ops.InPlaceOp(a, b, BinaryOp.Add);
        });
        m.DefFunction("setitem", (args, _) =>
        {
            ArgParser.Exactly("setitem", args, 3);
            Ops.SetItem(args[0], args[1], args[2]);
            return PyNone.Instance;
        });
        m.DefFunction("delitem", (args, _) =>
        {
            ArgParser.Exactly("delitem", args, 2);
            Ops.DelItem(args[0], args[1]);
            return PyNone.Instance;
        });
        m.Set("__setitem__", m.Dict.GetItemOrNull("setitem")!);
        m.Set("__delitem__", m.Dict.GetItemOrNull("delitem")!);
        m.Set("itemgetter", ItemGetter.GetterType);
        m.Set("attrgetter", AttrGetter.GetterType);
        m.Set("methodcaller", MethodCaller.CallerType);
    }

    private sealed class ItemGetter : PyObject
    {
        public static readonly PyType GetterType = PyTypes.Define("itemgetter", null, t =>
        {
            t.New = (type, args, kw) =>
            {
                ArgParser.NoKeywords("itemgetter", kw);
                if (args.Length == 0) throw Errors.TypeError("itemgetter expected 1 argument, got 0");
                return new ItemGetter(args.ToArray());
            };
            t.Call = (self, args, kw) =>
            {
                ArgParser.NoKeywords("itemgetter", kw);
                ArgParser.Exactly("itemgetter", args, 1);
                var g = (ItemGetter)self;
                if (g._items.Length == 1) return Ops.GetItem(args[0], g._items[0]);
                var result = new PyObject[g._items.Length];
                for (var i = 0; i < result.Length; i++) result[i] = Ops.GetItem(args[0], g._items[i]);
                return new PyTuple(result);
            };
            t.Repr = self => new PyStr($"operator.itemgetter({string.Join(", ", ((ItemGetter)self)._items.Select(Ops.Repr))})");
            t.DefMethod("__reduce__", (self, _, _) => PyTuple.Create(self.Type, new PyTuple(((ItemGetter)self)._items)));
        }, module: "operator");

        private readonly PyObject[] _items;

        private ItemGetter(PyObject[] items) : base(GetterType) => _items = items;
    }

    private sealed class AttrGetter : PyObject
    {
        public static readonly PyType GetterType = PyTypes.Define("attrgetter", null, t =>
        {
            t.New = (type, args, kw) =>
            {
                ArgParser.NoKeywords("attrgetter", kw);
                if (args.Length == 0) throw Errors.TypeError("attrgetter expected 1 argument, got 0");
                var paths = new PyStr[args.Length][];
                for (var i = 0; i < args.Length; i++)
                {
                    var s = args[i] as PyStr ?? throw Errors.TypeError("attribute name must be a string");
                    paths[i] = s.Value.Split('.').Select(PyStr.Intern).ToArray();
                }
                return new AttrGetter(args.ToArray(), paths);
            };
            t.Call = (self, args, kw) =>
            {
                ArgParser.NoKeywords("attrgetter", kw);
                ArgParser.Exactly("attrgetter", args, 1);
                var g = (AttrGetter)self;
                var target = args[0];
                if (g._paths.Length == 1) return Resolve(target, g._paths[0]);
                var result = new PyObject[g._paths.Length];
                for (var i = 0; i < result.Length; i++) result[i] = Resolve(target, g._paths[i]);
                return new PyTuple(result);
            };
            t.Repr = self => new PyStr($"operator.attrgetter({string.Join(", ", ((AttrGetter)self)._names.Select(Ops.Repr))})");
            t.DefMethod("__reduce__", (self, _, _) => PyTuple.Create(self.Type, new PyTuple(((AttrGetter)self)._names)));
        }, module: "operator");

        private readonly PyObject[] _names;
        private readonly PyStr[][] _paths;

        private static PyObject Resolve(PyObject o, PyStr[] path)
        {
            foreach (var part in path) o = Ops.GetAttr(o, part);
            return o;
        }

        private AttrGetter(PyObject[] names, PyStr[][] paths) : base(GetterType) => (_names, _paths) = (names, paths);
    }

    private sealed class MethodCaller : PyObject
    {
        public static readonly PyType CallerType = PyTypes.Define("methodcaller", null, t =>
        {
            t.New = (type, args, kw) =>
            {
                if (args.Length == 0) throw Errors.TypeError("methodcaller needs at least one argument, the method name");
                var name = args[0] as PyStr ?? throw Errors.TypeError("method name must be a string");
                return new MethodCaller(name, args[1..].ToArray(), kw?.Copy());
            };
            t.Call = (self, args, kw) =>
            {
                ArgParser.NoKeywords("methodcaller", kw);
                ArgParser.Exactly("methodcaller", args, 1);
                var c = (MethodCaller)self;
                return Ops.Call(Ops.GetAttr(args[0], c._name), c._args, c._kwargs);
            };
            t.Repr = self =>
            {
                var c = (MethodCaller)self;
                var parts = new List<string> { Ops.Repr(c._name) };
                parts.AddRange(c._args.Select(Ops.Repr));
                if (c._kwargs != null) parts.AddRange(c._kwargs.Snapshot().Select(p => $"{((PyStr)p.Key).Value}={Ops.Repr(p.Value)}"));
                return new PyStr($"operator.methodcaller({string.Join(", ", parts)})");
            };
        }, module: "operator");

        private readonly PyStr _name;
        private readonly PyObject[] _args;
        private readonly PyDict? _kwargs;

        private MethodCaller(PyStr name, PyObject[] args, PyDict? kwargs) : base(CallerType) => (_name, _args, _kwargs) = (name, args, kwargs);
    }
}
