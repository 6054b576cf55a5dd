namespace Skein.Modules.Contextvars;

/// <summary>contextvars.ContextVar: a variable whose value depends on the current context.</summary>
public sealed class PyContextVar : PyObject
{
    public static readonly PyType ContextVarType = PyTypes.Define("ContextVar", null, InitType, module: "_contextvars");

    private static long s_lastHash;

    public readonly PyStr Name;
    /// <summary>The default value, or null when there is none.</summary>
    public readonly PyObject? Default;
    private readonly long _hash = Interlocked.Increment(ref s_lastHash) * 0x9E3779B1L;

    private PyContextVar(PyStr name, PyObject? @default) : base(ContextVarType)
    {
        Name = name;
        Default = @default;
    }

    /// <summary>get(): the value in the current context, else the default, else null.</summary>
    public PyObject? Get() => PyContext.Current.Mapping.Get(this) ?? Default;

    public PyContextToken Set(PyObject value)
    {
        var ctx = PyContext.Current;
        var mapping = ctx.Mapping;
        var old = mapping.Get(this);
        ctx.Mapping = mapping.Set(this, value);
        return new PyContextToken(ctx, this, old);
    }

    private void Reset(PyObject tokenObject)
    {
        var token = tokenObject as PyContextToken
            ?? throw Errors.TypeError($"expected an instance of Token, got {Ops.Repr(tokenObject)}");
        if (token.Used) throw Errors.RuntimeError($"{Ops.Repr(token)} has already been used once");
        if (!ReferenceEquals(token.Var, this)) throw Errors.ValueError($"{Ops.Repr(token)} was created by a different ContextVar");
        var ctx = PyContext.Current;
        if (!ReferenceEquals(token.Context, ctx)) throw Errors.ValueError($"{Ops.Repr(token)} was created in a different Context");
        token.Used = true;
        ctx.Mapping = token.OldValue == null ? ctx.Mapping.Remove(this) : ctx.Mapping.Set(this, token.OldValue);
    }

    private static PyContextVar Self(PyObject o) => (PyContextVar)o;

    private static void InitType(PyType t)
    {
        t.New = (_, args, kw) =>
        {
            var a = ArgParser.Parse("ContextVar", args, kw, ["name", "default"], required: 1, keywordOnlyFrom: 1);
            var name = a[0] as PyStr ?? throw Errors.TypeError("context variable name must be a str");
            return new PyContextVar(name, a[1]);
        };
        t.Init = (_, _, _) => { };
        t.DefGetter("name", self => Self(self).Name, (_, _) => throw Errors.AttributeError("readonly attribute"));
        t.DefMethod("get", (self, args, _) =>
        {
            if (args.Length > 1) throw Errors.TypeError($"get expected at most 1 argument, got {args.Length}");
            var v = Self(self);
            var value = PyContext.Current.Mapping.Get(v);
            if (value != null) return value;
            if (args.Length == 1) return args[0];
            return v.Default ?? throw new PyException(PyBaseException.Create(PyExc.LookupError, self));
        });
        t.DefMethod("set", (self, args, _) =>
        {
            ArgParser.Exactly("set", args, 1);
            return Self(self).Set(args[0]);
        });
        t.DefMethod("reset", (self, args, _) =>
        {
            ArgParser.Exactly("reset", args, 1);
            Self(self).Reset(args[0]);
            return PyNone.Instance;
        });
        t.Hash = self => Self(self)._hash;
        t.Repr = self =>
        {
            var v = Self(self);
            var text = $"<ContextVar name={Ops.Repr(v.Name)}";
            if (v.Default != null) text += $" default={Ops.Repr(v.Default)}";
            return new PyStr(text + $" at 0x{Ops.Id(self):x}>");
        };
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
    }
}
