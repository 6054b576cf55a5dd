namespace Skein.Modules.Contextvars;

/// <summary>contextvars.Token: what ContextVar.set returns, to restore the previous value with reset().</summary>
public sealed class PyContextToken : PyObject
{
    /// <summary>Token.MISSING: the old value of a variable that had none.</summary>
    private static readonly PyObject s_missing = new PyInstance(PyTypes.Define("Token.MISSING", null, t =>
    {
        t.Repr = _ => new PyStr("<Token.MISSING>");
    }, module: "_contextvars"));

    public static readonly PyType TokenType = PyTypes.Define("Token", null, InitType, module: "_contextvars");

    public readonly PyContext Context;
    public readonly PyContextVar Var;
    /// <summary>The value before set(), or null when the variable had none.</summary>
    public readonly PyObject? OldValue;
    public bool Used;

    internal PyContextToken(PyContext context, PyContextVar var, PyObject? oldValue) : base(TokenType)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }

    private static PyContextToken Self(PyObject o) => (PyContextToken)o;

    private static void InitType(PyType t)
    {
        t.New = (_, _, _) => throw Errors.RuntimeError("Tokens can only be created by ContextVars");
        t.DefGetter("var", self => Self(self).Var);
        t.DefGetter("old_value", self => Self(self).OldValue ?? s_missing);
        t.DefAttr("MISSING", s_missing);
        t.Repr = self =>
        {
            var token = Self(self);
            return new PyStr($"<Token{(token.Used ? " used" : "")} var={Ops.Repr(token.Var)} at 0x{Ops.Id(self):x}>");
        };
        t.DefClassMethod("__class_getitem__", (cls, args, _) =>
        {
            ArgParser.Exactly("__class_getitem__", args, 1);
            return GenericAlias.Create(cls, args[0]);
        });
    }
}
