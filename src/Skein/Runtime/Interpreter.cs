namespace Skein.Runtime;

/// <summary>
/// Process-wide interpreter services that the object model needs but the import system and VM provide.
/// They are installed at start-up (see Modules/ImportSystem.cs) so Objects/ does not depend on Vm/.
/// </summary>
public static class Interpreter
{
    /// <summary>import name (absolute), returning the module.</summary>
    public static Func<string, PyObject> ImportModuleHook = name => throw Errors.ImportError($"import system not initialised (importing '{name}')");

    public static PyObject ImportModule(string name) => ImportModuleHook(name);

    /// <summary>The __name__ of the globals of the innermost executing Python frame ('__main__' outside any frame).</summary>
    public static Func<string?> CallerModuleNameHook = () => null;
}
