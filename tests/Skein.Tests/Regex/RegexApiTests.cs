using Skein.Modules;
using Skein.Modules.Regex;
using Skein.Objects;
using Skein.Runtime;
using Xunit;

namespace Skein.Tests.Regex;

/// <summary>The re module's API beyond the case table: objects, attributes, reprs and errors, against CPython 3.11.</summary>
public class RegexApiTests
{
    private static readonly PyModule Re = BuiltinModules.Create("re")!;

    private static PyObject F(string name) => Ops.GetAttr(Re, name);

    private static PyObject S(string s) => new PyStr(s);

    private static PyObject I(long v) => PyInt.From(v);

    private static string Str(PyObject o) => ((PyStr)o).Value;

    private static PyObject Call(string function, params PyObject[] args) => Ops.Call(F(function), args);

    /// <summary>Exact reprs need str.__repr__, which comes from the strings branch.</summary>
    private static bool StrReprAvailable => Ops.Repr(S("a")) == "'a'";

    private static PyException Raises(Func<PyObject> f) => Assert.Throws<PyException>(() => f());

    [Fact]
    public void ErrorAttributes()
    {
        var e = Raises(() => Call("compile", S("a\n(")));
        Assert.Same(F("error"), e.Value.Type);
        Assert.Equal("missing ), unterminated subpattern at position 2 (line 2, column 1)", Str(e.Value.Args[0]));
        Assert.Equal("missing ), unterminated subpattern", Str(Ops.GetAttr(e.Value, "msg")));
        Assert.Equal("a\n(", Str(Ops.GetAttr(e.Value, "pattern")));
        Assert.Equal(2, ((PyInt)Ops.GetAttr(e.Value, "pos")).Small);
        Assert.Equal(2, ((PyInt)Ops.GetAttr(e.Value, "lineno")).Small);
        Assert.Equal(1, ((PyInt)Ops.GetAttr(e.Value, "colno")).Small);
        Assert.True(e.Is(PyExc.Exception));

        var direct = (PyBaseException)Ops.Call(F("error"), [S("x")]);
        Assert.Same(PyNone.Instance, Ops.GetAttr(direct, "pos"));
        Assert.Equal("x", Str(direct.Args[0]));

        var fixedWidth = Raises(() => Call("compile", S("(?<=a+)b")));
        Assert.Equal("look-behind requires fixed-width pattern", Str(fixedWidth.Value.Args[0]));
        Assert.Same(PyNone.Instance, Ops.GetAttr(fixedWidth.Value, "pos"));
    }

    [Fact]
    public void FlagsPrintAsCPython()
    {
        var i = F("I");
        var m = F("M");
        Assert.Equal("re.IGNORECASE", Ops.Repr(i));
        Assert.Equal("re.IGNORECASE|re.MULTILINE", Ops.Repr(Ops.BinaryOp(i, m, BinaryOp.Or)));
        Assert.Equal("re.IGNORECASE|re.MULTILINE", Ops.Str(Ops.BinaryOp(m, i, BinaryOp.Or)));
        Assert.Equal("re.ASCII|re.IGNORECASE|re.UNICODE", PyRegexFlag.ReprOf(2 | 32 | 256));
        Assert.Equal("re.NOFLAG", Ops.Repr(F("NOFLAG")));
        Assert.Equal("re.MULTILINE|0x400", PyRegexFlag.ReprOf(8 | 1024));
        Assert.Equal("re.IGNORECASE", Ops.Repr(Ops.BinaryOp(I(2), i, BinaryOp.Or)));
        Assert.Equal("re.NOFLAG", Ops.Repr(Ops.BinaryOp(i, m, BinaryOp.And)));
        Assert.Equal(2, ((PyInt)i).Small);
        Assert.Same(F("IGNORECASE"), Ops.GetAttr(F("RegexFlag"), "IGNORECASE"));
    }

    [Fact]
    public void PatternObject()
    {
        var p = Call("compile", S("(?P<word>\\w+) (\\d+)?"), F("I"));
        Assert.Same(p, Call("compile", S("(?P<word>\\w+) (\\d+)?"), F("I")));
        Assert.Equal(34, ((PyInt)Ops.GetAttr(p, "flags")).Small);
        Assert.Equal(2, ((PyInt)Ops.GetAttr(p, "groups")).Small);
        Assert.Equal("(?P<word>\\w+) (\\d+)?", Str(Ops.GetAttr(p, "pattern")));
        var flagged = Ops.Repr(Call("compile", S("a+"), Ops.BinaryOp(F("I"), F("M"), BinaryOp.Or)));
        Assert.StartsWith("re.compile(", flagged);
        Assert.EndsWith(", re.IGNORECASE|re.MULTILINE)", flagged);
        if (StrReprAvailable)
        {
            Assert.Equal("re.compile('a+', re.IGNORECASE|re.MULTILINE)", flagged);
            Assert.Equal("re.compile('a+')", Ops.Repr(Call("compile", S("a+"))));
            Assert.Equal("re.compile(b'a', re.LOCALE)", Ops.Repr(Call("compile", new PyBytes([97]), F("L"))));
        }
        Assert.Same(p, Call("compile", p));
        Assert.Equal("cannot process flags argument with a compiled pattern", Raises(() => Call("compile", p, F("I"))).Value.Args[0].ToString());
        Assert.Equal("first argument must be string or compiled pattern", Raises(() => Call("compile", I(1))).Value.Args[0].ToString());

        Call("purge");
        var q = Call("compile", S("(?P<word>\\w+) (\\d+)?"), F("I"));
        Assert.NotSame(p, q);
        Assert.True(Ops.Eq(p, q));
        Assert.Equal(Ops.Hash(p), Ops.Hash(q));
        Assert.False(Ops.Eq(p, Call("compile", S("(?P<word>\\w+) (\\d+)?"))));
        Assert.Equal("cannot create 're.Pattern' instances", Raises(() => Ops.Call(F("Pattern"), [])).Value.Args[0].ToString());
    }

    [Fact]
    public void MatchObject()
    {
        var subject = S("hello 42!");
        var m = Call("search", S("(?P<word>\\w+) (?P<num>\\d+)(x)?"), subject);
        Assert.Equal("hello 42", Str(Ops.CallMethod(m, "group")));
        Assert.Equal("hello", Str(Ops.CallMethod(m, "group", S("word"))));
        Assert.Equal("42", Str(Ops.GetItem(m, I(2))));
        var pair = (PyTuple)Ops.CallMethod(m, "group", I(1), S("num"));
        Assert.Equal(["hello", "42"], pair.Items.Select(Str));
        Assert.Same(PyNone.Instance, Ops.CallMethod(m, "group", I(3)));
        Assert.Equal("no such group", Raises(() => Ops.CallMethod(m, "group", I(4))).Value.Args[0].ToString());
        Assert.Equal("no such group", Raises(() => Ops.CallMethod(m, "group", S("nope"))).Value.Args[0].ToString());
        Assert.True(Raises(() => Ops.CallMethod(m, "group", new PyFloat(1.0))).Is(PyExc.IndexError));
        Assert.Equal("-", Str(((PyTuple)Ops.CallMethod(m, "groups", S("-"))).Items[2]));
        Assert.Equal("42", Str(((PyDict)Ops.CallMethod(m, "groupdict", S("-"))).GetItemOrNull(S("num"))!));
        Assert.Equal(-1, ((PyInt)Ops.CallMethod(m, "start", I(3))).Small);
        Assert.Equal(6, ((PyInt)Ops.CallMethod(m, "start", S("num"))).Small);
        Assert.Equal(8, ((PyInt)Ops.CallMethod(m, "end")).Small);
        Assert.Equal(2, ((PyInt)Ops.GetAttr(m, "lastindex")).Small);
        Assert.Equal("num", Str(Ops.GetAttr(m, "lastgroup")));
        Assert.Same(subject, Ops.GetAttr(m, "string"));
        Assert.Same(Call("compile", S("(?P<word>\\w+) (?P<num>\\d+)(x)?")), Ops.GetAttr(m, "re"));
        Assert.Equal(0, ((PyInt)Ops.GetAttr(m, "pos")).Small);
        Assert.Equal(9, ((PyInt)Ops.GetAttr(m, "endpos")).Small);
        Assert.True(Ops.IsTrue(m));
        Assert.Equal("42-hello-", Str(Ops.CallMethod(m, "expand", S("\\2-\\g<word>-\\3"))));
        Assert.StartsWith("<re.Match object; span=(0, 8), match=", Ops.Repr(m));
        if (StrReprAvailable) Assert.Equal("<re.Match object; span=(0, 8), match='hello 42'>", Ops.Repr(m));
    }

    [Fact]
    public void KeywordArguments()
    {
        var p = Call("compile", S("a"));
        var kw = new PyDict();
        kw.SetItem(S("pos"), I(1));
        kw.SetItem(S("endpos"), I(3));
        var m = Ops.Call(Ops.GetAttr(p, "search"), [S("xxaa")], kw);
        Assert.Equal(2, ((PyInt)Ops.CallMethod(m, "start")).Small);
        Assert.Equal(3, ((PyInt)Ops.GetAttr(m, "endpos")).Small);
        var flags = new PyDict();
        flags.SetItem(S("flags"), F("I"));
        Assert.IsType<PyMatch>(Ops.Call(F("match"), [S("a"), S("A")], flags));
        var count = new PyDict();
        count.SetItem(S("count"), I(1));
        Assert.Equal("baa", Str(Ops.Call(F("sub"), [S("a"), S("b"), S("aaa")], count)));
    }

    [Fact]
    public void CallableReplacement()
    {
        var upper = new PyBuiltinFunction("upper", (args, _) => new PyStr(Str(Ops.CallMethod(args[0], "group")).ToUpperInvariant()));
        Assert.Equal("xAyBB", Str(Call("sub", S("a|b+"), upper, S("xaybb"))));
        var none = new PyBuiltinFunction("none", (_, _) => PyNone.Instance);
        Assert.Equal("xx", Str(Call("sub", S("a"), none, S("xaxa"))));
        var bad = new PyBuiltinFunction("bad", (_, _) => PyInt.From(5));
        Assert.Equal("sequence item 1: expected str instance, int found", Raises(() => Call("sub", S("a"), bad, S("xaxa"))).Value.Args[0].ToString());
        Assert.Equal("sequence item 0: expected str instance, bytes found",
            Raises(() => Call("sub", S("a"), new PyBytes([120]), S("a"))).Value.Args[0].ToString());
        var subn = (PyTuple)Call("subn", S("a"), upper, S("aaa"));
        Assert.Equal("AAA", Str(subn.Items[0]));
        Assert.Equal(3, ((PyInt)subn.Items[1]).Small);
    }

    [Fact]
    public void Escape()
    {
        Assert.Equal("a\\.b\\-c\\ d_\u00e9\\\t\\#\\&\\~", Str(Call("escape", S("a.b-c d_\u00e9\t#&~"))));
        Assert.Equal("a\\.b", System.Text.Encoding.Latin1.GetString(((PyBytes)Call("escape", new PyBytes("a.b"u8.ToArray()))).Value));
    }

    [Fact]
    public void BytesResults()
    {
        var m = Call("search", new PyBytes("(a+)"u8.ToArray()), new PyBytes("xaay"u8.ToArray()));
        Assert.Equal("aa"u8.ToArray(), ((PyBytes)Ops.CallMethod(m, "group", I(1))).Value);
        var all = (PyList)Call("findall", new PyBytes("\\d"u8.ToArray()), new PyBytes("a1b2"u8.ToArray()));
        Assert.Equal(2, all.Count);
        Assert.IsType<PyBytes>(all.GetItemOrNull(0));
    }

    [Fact]
    public void TypeMismatches()
    {
        Assert.Equal("expected string or bytes-like object, got 'int'", Raises(() => Call("search", S("a"), I(1))).Value.Args[0].ToString());
        Assert.Equal("cannot use a string pattern on a bytes-like object", Raises(() => Call("search", S("a"), new PyBytes([97]))).Value.Args[0].ToString());
    }

    [Fact]
    public void ManyThreadsShareOnePattern()
    {
        var p = Call("compile", S("(\\w+)@(\\w+)\\.com"));
        var text = S(string.Join(" ", Enumerable.Range(0, 200).Select(i => $"user{i}@host{i}.com")));
        var failures = 0;
        Parallel.For(0, 64, _ =>
        {
            for (var round = 0; round < 20; round++)
            {
                var found = (PyList)Ops.CallMethod(p, "findall", text);
                if (found.Count != 200) Interlocked.Increment(ref failures);
                var last = (PyTuple)found.GetItemOrNull(199)!;
                if (Str(last.Items[0]) != "user199") Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void LongSubjectsAndCompiledTier()
    {
        var p = Call("compile", S("b+"));
        var text = S(new string('a', 100_000) + "bbb" + new string('a', 10));
        for (var i = 0; i < 50; i++)
        {
            var m = Ops.CallMethod(p, "search", text);
            Assert.Equal(100_000, ((PyInt)Ops.CallMethod(m, "start")).Small);
        }
        var tokens = Call("compile", S("\\s*(\\w+)"));
        var source = S(string.Join(" ", Enumerable.Range(0, 2000).Select(i => "t" + i)));
        var pos = 0L;
        var count = 0;
        while (Ops.Call(Ops.GetAttr(tokens, "match"), [source, I(pos)]) is PyMatch m)
        {
            pos = ((PyInt)Ops.CallMethod(m, "end")).Small;
            count++;
        }
        Assert.Equal(2000, count);
    }
}
