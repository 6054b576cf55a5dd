namespace Skein.Modules.Contextvars;

/// <summary>_contextvars: Context, ContextVar, Token and copy_context (PEP 567), behind the contextvars module.</summary>
[BuiltinModule("_contextvars")]
public static class ContextvarsModule
{
    public static void Init(PyModule m)
    {
        m.Set("Context", PyContext.ContextType);
        m.Set("ContextVar", PyContextVar.ContextVarType);
        m.Set("Token", PyContextToken.TokenType);
        m.DefFunction("copy_context", (args, _) =>
        {
            ArgParser.Exactly("copy_context", args, 0);
            return PyContext.CopyCurrent();
        });
    }
}
