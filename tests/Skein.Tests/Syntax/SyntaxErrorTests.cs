using Skein.Syntax;
using Xunit;

namespace Skein.Tests.Syntax;

// Expected kind, message, line and offset were captured from CPython 3.11.7's compile().
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("x = 'abc", SyntaxErrorKind.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = b'abc", SyntaxErrorKind.SyntaxError, "unterminated string literal (detected at line 1)", 1, 5)]
    [InlineData("x = '''abc\n\ny", SyntaxErrorKind.SyntaxError, "unterminated triple-quoted string literal (detected at line 3)", 1, 5)]
    [InlineData("1abc", SyntaxErrorKind.SyntaxError, "invalid decimal literal", 1, 1)]
    [InlineData("0x", SyntaxErrorKind.SyntaxError, "invalid hexadecimal literal", 1, 2)]
    [InlineData("0o8", SyntaxErrorKind.SyntaxError, "invalid digit '8' in octal literal", 1, 3)]
    [InlineData("0b2", SyntaxErrorKind.SyntaxError, "invalid digit '2' in binary literal", 1, 3)]
    [InlineData("012", SyntaxErrorKind.SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1)]
    [InlineData("1_", SyntaxErrorKind.SyntaxError, "invalid decimal literal", 1, 2)]
    [InlineData("1e", SyntaxErrorKind.SyntaxError, "invalid decimal literal", 1, 1)]
    [InlineData("x = (1,\n2", SyntaxErrorKind.SyntaxError, "'(' was never closed", 1, 5)]
    [InlineData("x = )", SyntaxErrorKind.SyntaxError, "unmatched ')'", 1, 5)]
    [InlineData("x = (]", SyntaxErrorKind.SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)]
    [InlineData("x = (\n]", SyntaxErrorKind.SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1)]
    [InlineData("  x", SyntaxErrorKind.IndentationError, "unexpected indent", 1, 2)]
    [InlineData("if x:\n  a\n b", SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level", 3, 3)]
    [InlineData("if x:\n\ta\n        b", SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", 3, 1)]
    [InlineData("if x:\npass", SyntaxErrorKind.IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1)]
    [InlineData("a ? b", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 3)]
    [InlineData("x = 1 \\ 2", SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character", 1, 8)]
    [InlineData("x = '\\N{foo}'", SyntaxErrorKind.SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14)]
    [InlineData("x = b'\u00e9'", SyntaxErrorKind.SyntaxError, "bytes can only contain ASCII literal characters", 1, 5)]
    [InlineData("x = \"\\xz\"", SyntaxErrorKind.SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 10)]
    [InlineData("\u20ac", SyntaxErrorKind.SyntaxError, "invalid character '\u20ac' (U+20AC)", 1, 1)]
    [InlineData("if x\n  pass", SyntaxErrorKind.SyntaxError, "expected ':'", 1, 5)]
    [InlineData("f() = 1", SyntaxErrorKind.SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("1 = x", SyntaxErrorKind.SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("for f() in x: pass", SyntaxErrorKind.SyntaxError, "cannot assign to function call", 1, 5)]
    [InlineData("del f()", SyntaxErrorKind.SyntaxError, "cannot delete function call", 1, 5)]
    [InlineData("[a b]", SyntaxErrorKind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 2)]
    [InlineData("x = 5 if 3", SyntaxErrorKind.SyntaxError, "expected 'else' after 'if' expression", 1, 5)]
    [InlineData("def f() x: pass", SyntaxErrorKind.SyntaxError, "expected ':'", 1, 9)]
    [InlineData("class A x: pass", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 9)]
    [InlineData("if x = 1: pass", SyntaxErrorKind.SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4)]
    [InlineData("print \"hi\"", SyntaxErrorKind.SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)]
    [InlineData("try:\n pass\nx = 1", SyntaxErrorKind.SyntaxError, "expected 'except' or 'finally' block", 3, 1)]
    [InlineData("from x import a,", SyntaxErrorKind.SyntaxError, "trailing comma not allowed without surrounding parentheses", 1, 17)]
    [InlineData("f(a=1, b)", SyntaxErrorKind.SyntaxError, "positional argument follows keyword argument", 1, 9)]
    [InlineData("f(**k, a)", SyntaxErrorKind.SyntaxError, "positional argument follows keyword argument unpacking", 1, 9)]
    [InlineData("f(**k, *a)", SyntaxErrorKind.SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8)]
    [InlineData("f(x for x in y, 1)", SyntaxErrorKind.SyntaxError, "Generator expression must be parenthesized", 1, 3)]
    [InlineData("f(a+1=2)", SyntaxErrorKind.SyntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3)]
    [InlineData("def f(a=1, b): pass", SyntaxErrorKind.SyntaxError, "non-default argument follows default argument", 1, 12)]
    [InlineData("def f(*): pass", SyntaxErrorKind.SyntaxError, "named arguments must follow bare *", 1, 7)]
    [InlineData("def f(**k, a): pass", SyntaxErrorKind.SyntaxError, "arguments cannot follow var-keyword argument", 1, 12)]
    [InlineData("def f(/, a): pass", SyntaxErrorKind.SyntaxError, "at least one argument must precede /", 1, 7)]
    [InlineData("*a = 1", SyntaxErrorKind.SyntaxError, "starred assignment target must be in a list or tuple", 1, 1)]
    [InlineData("(a, b) += 1", SyntaxErrorKind.SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("x = yield = 1", SyntaxErrorKind.SyntaxError, "assignment to yield expression not possible", 1, 5)]
    [InlineData("True = 1", SyntaxErrorKind.SyntaxError, "cannot assign to True", 1, 1)]
    [InlineData("x + 1 = 2", SyntaxErrorKind.SyntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1)]
    [InlineData("(a, f()) = 1", SyntaxErrorKind.SyntaxError, "cannot assign to function call", 1, 5)]
    [InlineData("a < b = 1", SyntaxErrorKind.SyntaxError, "cannot assign to comparison", 1, 1)]
    [InlineData("x = f() = 1", SyntaxErrorKind.SyntaxError, "cannot assign to function call", 1, 5)]
    [InlineData("for x in y\n  pass", SyntaxErrorKind.SyntaxError, "expected ':'", 1, 11)]
    [InlineData("while x\n pass", SyntaxErrorKind.SyntaxError, "expected ':'", 1, 8)]
    [InlineData("def f()\n pass", SyntaxErrorKind.SyntaxError, "expected ':'", 1, 8)]
    [InlineData("a, *b, *c = x", SyntaxErrorKind.SyntaxError, "multiple starred expressions in assignment", 1, 1)]
    [InlineData("except: pass", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 1)]
    [InlineData("x = 1 +", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 8)]
    [InlineData("f(a b)", SyntaxErrorKind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3)]
    [InlineData("(a b)", SyntaxErrorKind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 2)]
    [InlineData("x[a b]", SyntaxErrorKind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3)]
    [InlineData("{1: a b}", SyntaxErrorKind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 5)]
    [InlineData("try:\n pass\nexcept* A:\n pass\nexcept B:\n pass", SyntaxErrorKind.SyntaxError, "cannot have both 'except' and 'except*' on the same 'try'", 5, 1)]
    [InlineData("try:\n pass\nexcept A, B:\n pass", SyntaxErrorKind.SyntaxError, "multiple exception types must be parenthesized", 3, 8)]
    [InlineData("with a as f(): pass", SyntaxErrorKind.SyntaxError, "cannot assign to function call", 1, 11)]
    [InlineData("[x for f() in y]", SyntaxErrorKind.SyntaxError, "cannot assign to function call", 1, 8)]
    [InlineData("del (a, 1)", SyntaxErrorKind.SyntaxError, "cannot delete literal", 1, 9)]
    [InlineData("del f(), x", SyntaxErrorKind.SyntaxError, "cannot delete function call", 1, 5)]
    [InlineData("f() += 1", SyntaxErrorKind.SyntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1)]
    [InlineData("x = 1 if 2 else", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 16)]
    [InlineData("lambda x=1, y: 0", SyntaxErrorKind.SyntaxError, "non-default argument follows default argument", 1, 13)]
    [InlineData("import a.b as", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 14)]
    [InlineData("from . import", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 14)]
    [InlineData("if True:\n    pass\n  else:\n    pass", SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level", 3, 8)]
    [InlineData("class C:\ndef f(): pass", SyntaxErrorKind.IndentationError, "expected an indented block after class definition on line 1", 2, 1)]
    [InlineData("while True:\n    x = 1\n     y = 2", SyntaxErrorKind.IndentationError, "unexpected indent", 3, 5)]
    [InlineData("x = [1, 2", SyntaxErrorKind.SyntaxError, "'[' was never closed", 1, 5)]
    [InlineData("x = 1e+", SyntaxErrorKind.SyntaxError, "invalid decimal literal", 1, 7)]
    [InlineData("'''abc\n\n", SyntaxErrorKind.SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 1)]
    [InlineData("x = \\", SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing", 1, 6)]
    [InlineData("f(**x, y=1, *z)", SyntaxErrorKind.SyntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 13)]
    [InlineData("match x:\n    case 1:\n    pass", SyntaxErrorKind.IndentationError, "expected an indented block after 'case' statement on line 2", 3, 5)]
    [InlineData("for x in range(10):\nbreak", SyntaxErrorKind.IndentationError, "expected an indented block after 'for' statement on line 1", 2, 1)]
    [InlineData("(x := 1) = 2", SyntaxErrorKind.SyntaxError, "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2)]
    [InlineData("x = {1: 2, 3}", SyntaxErrorKind.SyntaxError, "':' expected after dictionary key", 1, 12)]
    [InlineData("def f(a, /, b, /): pass", SyntaxErrorKind.SyntaxError, "/ may appear only once", 1, 16)]
    [InlineData("x.1", SyntaxErrorKind.SyntaxError, "invalid syntax", 1, 2)]
    [InlineData("a = 1 = 2", SyntaxErrorKind.SyntaxError, "cannot assign to literal", 1, 5)]
    public void MatchesCPython(string source, SyntaxErrorKind kind, string msg, int lineno, int offset)
    {
        var e = Xunit.Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule(source, "<s>"));
        Xunit.Assert.Equal((kind, msg, lineno, offset), (e.Kind, e.Msg, e.Lineno, e.Offset));
        Xunit.Assert.Equal("<s>", e.Filename);
    }

    [Theory]
    [InlineData("if x:\n", true)]
    [InlineData("def f():\n    x = (1,\n", true)]
    [InlineData("s = \"\"\"abc\n", true)]
    [InlineData("x = 1 + \\\n", true)]
    [InlineData("x = 1 +\n", false)]
    [InlineData("x = )\n", false)]
    [InlineData("x = 1\n", false)]
    public void ReportsIncompleteInput(string source, bool incomplete)
    {
        Xunit.Assert.Equal(incomplete, Parser.IsIncomplete(source));
    }

    [Fact]
    public void TextIsTheOffendingLine()
    {
        var e = Xunit.Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("x = 1\ny = = 2\nz = 3\n", "m.py"));
        Xunit.Assert.Equal("y = = 2\n", e.Text);
        Xunit.Assert.Equal(2, e.Lineno);
        Xunit.Assert.Equal(5, e.Offset);
    }

    [Fact]
    public void ParseErrorBeforeLaterTokenizerError()
    {
        var e = Xunit.Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("x = = 1\ny = 'abc\n", "m.py"));
        Xunit.Assert.Equal("invalid syntax", e.Msg);
        Xunit.Assert.Equal(1, e.Lineno);
    }
}
