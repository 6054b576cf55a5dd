namespace Skein.Modules.Builtins;

/// <summary>
/// exit() and quit(): CPython's site module adds them; they are here so scripts can use them whether or
/// not site runs. Calling one raises SystemExit(code); its repr is the familiar hint.
/// </summary>
internal static class ExitFunctions
{
    private sealed class Quitter(string name) : PyObject(QuitterType)
    {
        public readonly string Name = name;
    }

    private static readonly PyType QuitterType = PyTypes.Define("Quitter", null, t =>
    {
        t.Repr = self => new PyStr($"Use {((Quitter)self).Name}() or Ctrl-D (i.e. EOF) to exit");
        t.Call = (_, args, kw) =>
        {
            ArgParser.NoKeywords("__call__", kw);
            ArgParser.Range("__call__", args, 0, 1);
            // CPython closes sys.stdin first so a pending read does not block the exit.
            if (IoFunctions.SysStream("stdin") is { } stdin && stdin is not PyNone && Ops.GetAttrOrNull(stdin, "close") is { } close)
            {
                try
                {
                    Ops.Call(close);
                }
                catch (PyException)
                {
                }
            }
            throw args.Length == 0 ? Errors.New(PyExc.SystemExit) : Errors.New(PyExc.SystemExit, args[0]);
        };
    }, module: "_sitebuiltins");

    public static void AddTo(PyModule m)
    {
        m.Set("exit", new Quitter("exit"));
        m.Set("quit", new Quitter("quit"));
    }
}
