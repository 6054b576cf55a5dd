using Skein.Objects;
using Skein.Runtime;
using Skein.Vm;
using Xunit;
using static Skein.Tests.Builtins.TestSupport;

namespace Skein.Tests.Builtins;

public class TracebackPrinterTests
{
    public TracebackPrinterTests() => _ = TestSupport.Builtins;

    /// <summary>A traceback chain (outermost first) as the VM would build it; the one place that knows how frames are made.</summary>
    private static PyTraceback Tb(PyDict? globals, params (string File, int Line, string Name)[] entries)
    {
        PyTraceback? next = null;
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            var code = new PyCode { Filename = entries[i].File, Name = entries[i].Name, QualName = entries[i].Name };
            next = new PyTraceback(new PyFrame(code, globals ?? new PyDict()), entries[i].Line, next);
        }
        return next!;
    }

    private static PyTraceback Tb(params (string File, int Line, string Name)[] entries) => Tb(null, entries);

    private static PyBaseException E(PyType type, params PyObject[] args) => PyBaseException.Create(type, args);

    private const string Source = """
        def f():
            raise ValueError(1)
        def g():
            try:
                f()
            except ValueError as e:
                raise ExceptionGroup("eg", [e, TypeError("t")])
        try:
            g()
        except Exception as e:
            e.add_note("a note\nline2")
            raise RuntimeError("outer") from e
        """;

    [Fact]
    public void ChainedGroupWithNotesMatchesCPython()
    {
        var file = Path.Combine(Path.GetTempPath(), $"skein_tb_{Guid.NewGuid():N}.py");
        File.WriteAllText(file, Source.Replace("\\n", "\\\\n") + "\n");
        try
        {
            var v = E(PyExc.ValueError, I(1));
            v.Traceback = Tb((file, 5, "g"), (file, 2, "f"));
            var eg = E(PyExc.ExceptionGroup, S("eg"), new PyList(new PyObject[] { v, E(PyExc.TypeError, S("t")) }));
            eg.Traceback = Tb((file, 9, "<module>"), (file, 7, "g"));
            eg.Context = v;
            Ops.CallMethod(eg, "add_note", S("a note\nline2"));
            var outer = E(PyExc.RuntimeError, S("outer"));
            outer.Traceback = Tb((file, 12, "<module>"));
            Ops.SetAttr(outer, "__cause__", eg);
            outer.Context = eg;
            var expected = """
                Traceback (most recent call last):
                  File "{F}", line 5, in g
                    f()
                  File "{F}", line 2, in f
                    raise ValueError(1)
                ValueError: 1

                During handling of the above exception, another exception occurred:

                  + Exception Group Traceback (most recent call last):
                  |   File "{F}", line 9, in <module>
                  |     g()
                  |   File "{F}", line 7, in g
                  |     raise ExceptionGroup("eg", [e, TypeError("t")])
                  | ExceptionGroup: eg (2 sub-exceptions)
                  | a note
                  | line2
                  +-+---------------- 1 ----------------
                    | Traceback (most recent call last):
                    |   File "{F}", line 5, in g
                    |     f()
                    |   File "{F}", line 2, in f
                    |     raise ValueError(1)
                    | ValueError: 1
                    +---------------- 2 ----------------
                    | TypeError: t
                    +------------------------------------

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "{F}", line 12, in <module>
                    raise RuntimeError("outer") from e
                RuntimeError: outer

                """.Replace("{F}", file);
            Assert.Equal(expected, TracebackPrinter.Format(outer));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void NestedGroupsWithoutTracebacks()
    {
        var myError = Class("MyError", PyTuple.Create(PyExc.Exception));
        var inner = E(PyExc.ExceptionGroup, S("inner"), new PyList(new PyObject[] { E(PyExc.ValueError, I(1)), E(PyExc.KeyError, S("k")) }));
        var outer = E(PyExc.ExceptionGroup, S("outer"), new PyList(new PyObject[] { inner, (PyObject)Ops.Call(myError) }));
        outer.Traceback = Tb(("/nonexistent/tb2.py", 3, "<module>"));
        var expected = """
              + Exception Group Traceback (most recent call last):
              |   File "/nonexistent/tb2.py", line 3, in <module>
              | ExceptionGroup: outer (2 sub-exceptions)
              +-+---------------- 1 ----------------
                | ExceptionGroup: inner (2 sub-exceptions)
                +-+---------------- 1 ----------------
                  | ValueError: 1
                  +---------------- 2 ----------------
                  | KeyError: 'k'
                  +------------------------------------
                +---------------- 2 ----------------
                | MyError
                +------------------------------------

            """;
        Assert.Equal(expected, TracebackPrinter.Format(outer));
    }

    [Fact]
    public void WideGroupIsTruncated()
    {
        var items = new PyObject[17];
        for (var i = 0; i < items.Length; i++) items[i] = E(PyExc.ValueError, I(i));
        var g = E(PyExc.ExceptionGroup, S("x"), new PyList(items));
        g.Traceback = Tb(("<string>", 2, "<module>"));
        var text = TracebackPrinter.Format(g);
        Assert.StartsWith("  + Exception Group Traceback (most recent call last):\n  |   File \"<string>\", line 2, in <module>\n  | ExceptionGroup: x (17 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | ValueError: 0\n", text);
        Assert.EndsWith("    +---------------- 15 ----------------\n    | ValueError: 14\n    +---------------- ... ----------------\n    | and 2 more exceptions\n    +------------------------------------\n", text);
    }

    [Fact]
    public void RepeatedFramesAreFolded()
    {
        var entries = new List<(string, int, string)> { ("<string>", 3, "<module>") };
        for (var i = 0; i < 999; i++) entries.Add(("<string>", 2, "f"));
        var e = E(PyExc.RecursionError, S("maximum recursion depth exceeded"));
        e.Traceback = Tb(entries.ToArray());
        Assert.Equal("""
            Traceback (most recent call last):
              File "<string>", line 3, in <module>
              File "<string>", line 2, in f
              File "<string>", line 2, in f
              File "<string>", line 2, in f
              [Previous line repeated 996 more times]
            RecursionError: maximum recursion depth exceeded

            """, TracebackPrinter.Format(e));
    }

    [Fact]
    public void MessageLine()
    {
        var mod = Class("E", PyTuple.Create(PyExc.Exception), ("__module__", S("mod")));
        Assert.Equal("mod.E: y\n", TracebackPrinter.Format(E(mod, S("y"))));
        var main = Class("MyError", PyTuple.Create(PyExc.Exception));
        Assert.Equal("MyError: x\n", TracebackPrinter.Format(E(main, S("x"))));
        var unknown = Class("E", PyTuple.Create(PyExc.Exception), ("__module__", PyNone.Instance));
        var e = E(unknown, I(1));
        Ops.SetAttr(e, "__notes__", I(5));
        Assert.Equal("<unknown>.E: 1\n5", TracebackPrinter.Format(e));
        Assert.Equal("ValueError\n", TracebackPrinter.Format(E(PyExc.ValueError, S(""))));
        Assert.Equal("KeyError: ''\n", TracebackPrinter.Format(E(PyExc.KeyError, S(""))));
    }

    [Fact]
    public void ContextCycleIsPrintedOnce()
    {
        var a = E(PyExc.ValueError, S("a"));
        var b = E(PyExc.TypeError, S("b"));
        b.Context = a;
        a.Context = b;
        Assert.Equal("ValueError: a\n\nDuring handling of the above exception, another exception occurred:\n\nTypeError: b\n", TracebackPrinter.Format(b));
        Ops.SetAttr(b, "__suppress_context__", PyBool.True);
        Assert.Equal("TypeError: b\n", TracebackPrinter.Format(b));
    }

    [Fact]
    public void SyntaxErrorLayout()
    {
        var e = E(PyExc.SyntaxError, S("m"), PyTuple.Create(S("f.py"), I(2), I(3), S("  abc def\n"), I(2), I(6)));
        e.Traceback = Tb(("<string>", 2, "<module>"));
        Assert.Equal("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n  File \"f.py\", line 2\n    abc def\n    ^^^\nSyntaxError: m\n",
            TracebackPrinter.Format(e));
        var ind = E(PyExc.IndentationError, S("m"), PyTuple.Create(S("f.py"), I(2), I(3), S("abcdef"), I(2), I(6)));
        Assert.Equal("  File \"f.py\", line 2\n    abcdef\n      ^\nIndentationError: m\n", TracebackPrinter.Format(ind));
        var clipped = E(PyExc.SyntaxError, S("m"), PyTuple.Create(S("f.py"), I(2), I(2), S("abcdef"), I(2), I(40)));
        Assert.Equal("  File \"f.py\", line 2\n    abcdef\n     ^^^^^\nSyntaxError: m\n", TracebackPrinter.Format(clipped));
        var multiline = E(PyExc.SyntaxError, S("m"), PyTuple.Create(S("f.py"), I(2), I(2), S("a\nbcd\nef"), I(2), I(6)));
        Assert.Equal("  File \"f.py\", line 2\n    a\nbcd\nef\n     ^^^^\nSyntaxError: m\n", TracebackPrinter.Format(multiline));
        var noOffset = E(PyExc.SyntaxError, S("m"), PyTuple.Create(PyNone.Instance, I(2), PyNone.Instance, S("abc")));
        Assert.Equal("  File \"<string>\", line 2\n    abc\nSyntaxError: m\n", TracebackPrinter.Format(noOffset));
        Assert.Equal("SyntaxError: m\n", TracebackPrinter.Format(E(PyExc.SyntaxError, S("m"))));
    }

    [Fact]
    public void DidYouMeanSuggestions()
    {
        var a = Class("A", PyTuple.Empty, ("foo", I(1)));
        var e = Assert.Throws<PyException>(() => Ops.GetAttr(Ops.Call(a), "fo")).Value;
        Assert.Equal("AttributeError: 'A' object has no attribute 'fo'. Did you mean: 'foo'?\n", TracebackPrinter.Format(e));

        var globals = new PyDict();
        globals.SetItem(Names.__builtins__, TestSupport.Builtins);
        globals.SetItem(S("valuex"), I(1));
        var ne = Errors.NameNotDefined("prnt").Value;
        ne.Traceback = Tb(globals, ("<string>", 2, "<module>"));
        Assert.EndsWith("NameError: name 'prnt' is not defined. Did you mean: 'print'?\n", TracebackPrinter.Format(ne));
        var ng = Errors.NameNotDefined("valuey").Value;
        ng.Traceback = Tb(globals, ("<string>", 2, "<module>"));
        Assert.EndsWith("NameError: name 'valuey' is not defined. Did you mean: 'valuex'?\n", TracebackPrinter.Format(ng));
        var none = Errors.NameNotDefined("zzzzzz").Value;
        none.Traceback = Tb(globals, ("<string>", 2, "<module>"));
        Assert.EndsWith("NameError: name 'zzzzzz' is not defined\n", TracebackPrinter.Format(none));
    }
}
