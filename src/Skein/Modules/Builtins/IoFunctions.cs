using System.Text;

namespace Skein.Modules.Builtins;

/// <summary>print, input, open and breakpoint.</summary>
internal static class IoFunctions
{
    private static readonly PyStr s_write = PyStr.Intern("write");
    private static readonly PyStr s_flush = PyStr.Intern("flush");
    private static readonly PyStr s_readline = PyStr.Intern("readline");
    private static readonly PyStr s_space = PyStr.Intern(" ");
    private static readonly PyStr s_newline = PyStr.Intern("\n");

    public static void AddTo(PyModule m)
    {
        m.DefFunction("print", Print, "Prints the values to a stream, or to sys.stdout by default.");
        m.DefFunction("input", Input, "Read a string from standard input.  The trailing newline is stripped.");
        m.DefFunction("open", (args, kw) =>
        {
            var open = Ops.GetAttr(Interpreter.ImportModule("_io"), "open");
            return Ops.Call(open, args, kw);
        }, "Open file and return a stream.  Raise OSError upon failure.");
        // sys.breakpointhook is a debugger hook; with no debugger, breakpoint() does nothing.
        m.DefFunction("breakpoint", (_, _) => PyNone.Instance, "Call sys.breakpointhook(*args, **kws).");
    }

    /// <summary>sys.&lt;name&gt; (stdout, stderr, stdin) as it is now; null before the runtime has created sys.</summary>
    internal static PyObject? SysStream(string name)
    {
        PyModule? sys = PythonRuntime.Sys;
        return sys == null ? null : sys.Dict.GetItemOrNull(name) ?? PyNone.Instance;
    }

    private static PyObject Print(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        PyObject sep = s_space, end = s_newline;
        PyObject? file = null;
        var flush = false;
        if (kw != null && kw.Count > 0)
        {
            foreach (var pair in kw.Snapshot())
            {
                var v = pair.Value;
                switch (((PyStr)pair.Key).Value)
                {
                    case "sep":
                        sep = v is PyNone ? s_space : v is PyStr ? v : throw Errors.TypeError($"sep must be None or a string, not {v.Type.Name}");
                        break;
                    case "end":
                        end = v is PyNone ? s_newline : v is PyStr ? v : throw Errors.TypeError($"end must be None or a string, not {v.Type.Name}");
                        break;
                    case "file":
                        file = v is PyNone ? null : v;
                        break;
                    case "flush":
                        flush = Ops.IsTrue(v);
                        break;
                    default:
                        throw Errors.TypeError($"'{((PyStr)pair.Key).Value}' is an invalid keyword argument for print()");
                }
            }
        }
        if (file == null)
        {
            file = SysStream("stdout");
            if (file is PyNone) return PyNone.Instance;
        }

        // The whole line is built first and written with one call; if a str() fails part-way, what
        // came before it is still written, as CPython's piecewise writes would have done.
        var sb = new StringBuilder();
        PyException? failure = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(((PyStr)sep).Value);
            try
            {
                sb.Append(Ops.Str(args[i]));
            }
            catch (PyException e)
            {
                failure = e;
                break;
            }
        }
        if (failure == null) sb.Append(((PyStr)end).Value);

        if (file == null)
        {
            Console.Out.Write(sb.ToString());
            if (flush) Console.Out.Flush();
        }
        else if (file is StandardStream stream && stream.InstanceDict!.Count == 0)
        {
            stream.Write(sb.ToString());
            if (flush) stream.Flush();
        }
        else
        {
            if (sb.Length > 0 || failure == null) Ops.Call(Ops.GetAttr(file, s_write), new PyStr(sb.ToString()));
            if (flush && failure == null) Ops.Call(Ops.GetAttr(file, s_flush));
        }
        if (failure != null) throw failure;
        return PyNone.Instance;
    }

    private static PyObject Input(ReadOnlySpan<PyObject> args, PyDict? kw)
    {
        ArgParser.NoKeywords("input", kw);
        ArgParser.Range("input", args, 0, 1);
        var stdout = SysStream("stdout");
        var stdin = SysStream("stdin");
        if (stdin is PyNone) throw Errors.RuntimeError("input(): lost sys.stdin");
        if (stdout is PyNone) throw Errors.RuntimeError("input(): lost sys.stdout");
        if (args.Length == 1)
        {
            var prompt = Ops.Str(args[0]);
            if (stdout == null) Console.Out.Write(prompt);
            else Ops.Call(Ops.GetAttr(stdout, s_write), new PyStr(prompt));
        }
        if (stdout == null) Console.Out.Flush();
        else if (Ops.GetAttrOrNull(stdout, s_flush) is { } f) Ops.Call(f);

        string? line;
        if (stdin == null)
        {
            line = Console.In.ReadLine();
            if (line == null) throw Errors.New(PyExc.EOFError, "EOF when reading a line");
            return new PyStr(line);
        }
        var r = Ops.Call(Ops.GetAttr(stdin, s_readline));
        line = r as PyStr is { } s ? s.Value : throw Errors.TypeError($"object.readline() returned non-string");
        if (line.Length == 0) throw Errors.New(PyExc.EOFError, "EOF when reading a line");
        return new PyStr(line.EndsWith('\n') ? line[..^1] : line);
    }
}
