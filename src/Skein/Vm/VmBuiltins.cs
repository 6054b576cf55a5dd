namespace Skein.Vm;

/// <summary>The builtins that need the VM (__build_class__, exec, eval, compile, globals, locals, vars) (stub: the VM engineer fills it).</summary>
public static class VmBuiltins
{
    public static void AddTo(PyModule builtins)
    {
    }
}
