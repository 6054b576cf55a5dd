using System.Text;

namespace Skein.Syntax;

// Adjacent string tokens become one Constant, or one JoinedStr as soon as an f-string takes part.
internal sealed partial class PythonParser
{
    private Expr Strings()
    {
        var first = Cur;
        var parts = new List<Token>();
        bool anyBytes = false, anyText = false, anyFormatted = false;
        while (Is(TokenKind.String))
        {
            var t = Advance();
            var lit = (StringLiteral)t.Value!;
            if (lit.IsBytes) anyBytes = true;
            else anyText = true;
            if (lit.IsFormatted) anyFormatted = true;
            parts.Add(t);
        }
        var last = parts[^1];
        if (anyBytes && anyText) throw Error("cannot mix bytes and nonbytes literals", first);
        var firstLit = (StringLiteral)first.Value!;
        if (anyBytes)
        {
            if (parts.Count == 1) return At(new Constant { Value = firstLit.Bytes }, first, last);
            var all = new List<byte>();
            foreach (var t in parts) all.AddRange(((StringLiteral)t.Value!).Bytes!);
            return At(new Constant { Value = all.ToArray() }, first, last);
        }
        string? kind = firstLit.IsUnicodePrefixed ? "u" : null;
        if (!anyFormatted)
        {
            if (parts.Count == 1) return At(new Constant { Value = firstLit.Text, Kind = kind }, first, last);
            var sb = new StringBuilder();
            foreach (var t in parts) sb.Append(((StringLiteral)t.Value!).Text);
            return At(new Constant { Value = sb.ToString(), Kind = kind }, first, last);
        }
        var builder = new JoinedStrBuilder(this);
        foreach (var t in parts)
        {
            var lit = (StringLiteral)t.Value!;
            if (lit.IsFormatted) builder.AddParts(lit.Parts!);
            else builder.AddText(lit.Text!, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
        }
        return At(new JoinedStr { Values = builder.Finish() }, first, last);
    }

    private FormattedValue FormattedValueOf(FStringField field, JoinedStrBuilder into)
    {
        var value = ParseFieldExpression(field.Tokens);
        if (field.SelfDocumenting != null)
            into.AddText(field.SelfDocumenting, field.Lineno, field.ColOffset, field.EndLineno, field.EndColOffset);
        int conversion = field.Conversion;
        if (field.SelfDocumenting != null && conversion == -1 && field.FormatSpec == null) conversion = 'r';
        JoinedStr? spec = null;
        if (field.FormatSpec != null)
        {
            var specBuilder = new JoinedStrBuilder(this);
            specBuilder.AddParts(field.FormatSpec);
            spec = new JoinedStr { Values = specBuilder.Finish() };
            spec.Lineno = field.SpecLineno;
            spec.ColOffset = field.SpecColOffset;
            spec.EndLineno = field.SpecEndLineno;
            spec.EndColOffset = field.SpecEndColOffset;
        }
        return new FormattedValue
        {
            Value = value, Conversion = conversion, FormatSpec = spec, Lineno = field.Lineno, ColOffset = field.ColOffset,
            EndLineno = field.EndLineno, EndColOffset = field.EndColOffset,
        };
    }

    /// <summary>Collects JoinedStr values, merging neighbouring literal text into one Constant.</summary>
    private sealed class JoinedStrBuilder
    {
        private readonly PythonParser parser;
        private readonly List<Expr> values = new();
        private readonly StringBuilder text = new();
        private int lineno, col, endLineno, endCol;

        public JoinedStrBuilder(PythonParser parser) => this.parser = parser;

        public void AddText(string s, int l, int c, int el, int ec)
        {
            if (s.Length == 0) return;
            if (text.Length == 0)
            {
                lineno = l;
                col = c;
            }
            text.Append(s);
            endLineno = el;
            endCol = ec;
        }

        public void AddParts(List<FStringPart> parts)
        {
            foreach (var part in parts)
            {
                if (part is FStringLiteralPart lp)
                    AddText(lp.Text, lp.Lineno, lp.ColOffset, lp.EndLineno, lp.EndColOffset);
                else
                {
                    var fv = parser.FormattedValueOf((FStringField)part, this);
                    Flush();
                    values.Add(fv);
                }
            }
        }

        private void Flush()
        {
            if (text.Length == 0) return;
            values.Add(new Constant
            {
                Value = text.ToString(), Lineno = lineno, ColOffset = col, EndLineno = endLineno, EndColOffset = endCol,
            });
            text.Clear();
        }

        public List<Expr> Finish()
        {
            Flush();
            return values;
        }
    }
}
