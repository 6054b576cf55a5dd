using System.Text;

namespace Skein.Syntax;

public sealed partial class Tokenizer
{
    private Token LexString(int start, int quotePos)
    {
        var lit = new StringLiteral();
        for (int i = start; i < quotePos; i++)
        {
            switch (char.ToLowerInvariant(src[i]))
            {
                case 'r': lit.IsRaw = true; break;
                case 'b': lit.IsBytes = true; break;
                case 'f': lit.IsFormatted = true; break;
                case 'u': lit.IsUnicodePrefixed = true; break;
            }
        }
        int startLine = line, startCol = start - lineStart;
        char q = src[quotePos];
        bool triple = At(quotePos + 1) == q && At(quotePos + 2) == q;
        pos = quotePos + (triple ? 3 : 1);
        if (lit.IsFormatted)
            lit.Parts = ScanFStringParts(q, triple, lit.IsRaw, inSpec: false, startLine, startCol);
        else
            ScanPlainString(lit, q, triple, startLine, startCol);
        return new Token
        {
            Kind = TokenKind.String, Text = src.Substring(start, pos - start), Lineno = startLine, ColOffset = startCol,
            EndLineno = line, EndColOffset = pos - lineStart, Value = lit,
        };
    }

    private bool AtClosingQuote(char q, bool triple) =>
        src[pos] == q && (!triple || At(pos + 1) == q && At(pos + 2) == q);

    private void ScanPlainString(StringLiteral lit, char q, bool triple, int startLine, int startCol)
    {
        var sb = new StringBuilder();
        int bodyStart = pos;
        string? escapeError = null;
        bool nonAscii = false;
        while (true)
        {
            if (pos >= src.Length) throw Unterminated(triple, "string", startLine, startCol);
            char c = src[pos];
            if (AtClosingQuote(q, triple))
            {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n')
            {
                if (!triple) throw Unterminated(false, "string", startLine, startCol);
                sb.Append(c);
                pos++;
                StartLine();
            }
            else if (c == '\\')
            {
                if (lit.IsRaw) RawBackslash(sb);
                else DecodeEscape(sb, lit.IsBytes, bodyStart, ref escapeError);
            }
            else
            {
                if (c >= 128) nonAscii = true;
                sb.Append(c);
                pos++;
            }
        }
        if (lit.IsBytes && nonAscii)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "bytes can only contain ASCII literal characters",
                filename, startLine, startCol + 1, line, pos - lineStart + 1, LineText(startLine));
        if (escapeError != null) throw Error(escapeError, line, pos - lineStart + 1);
        if (lit.IsBytes)
        {
            var bytes = new byte[sb.Length];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)sb[i];
            lit.Bytes = bytes;
        }
        else
            lit.Text = sb.ToString();
    }

    // In a raw literal a backslash stays, and it still keeps the next character (a quote included) from ending the string.
    private void RawBackslash(StringBuilder sb)
    {
        sb.Append('\\');
        pos++;
        if (pos >= src.Length) return;
        char n = src[pos];
        sb.Append(n);
        pos++;
        if (n == '\n') StartLine();
    }

    private PythonSyntaxError Unterminated(bool triple, string what, int startLine, int startCol)
    {
        bool atEof = pos >= src.Length;
        int detected = atEof && src.Length > 0 && src[^1] == '\n' && line > 1 ? line - 1 : line;
        string msg = triple
            ? $"unterminated triple-quoted {what} literal (detected at line {detected})"
            : $"unterminated {what} literal (detected at line {detected})";
        return Error(msg, startLine, startCol + 1, incomplete: triple && atEof);
    }

    /// <summary>Decodes one backslash escape at pos; the first malformed escape is remembered, reported once the literal ends.</summary>
    private void DecodeEscape(StringBuilder sb, bool bytes, int bodyStart, ref string? error)
    {
        int escStart = pos;
        pos++;
        if (pos >= src.Length)
        {
            sb.Append('\\');
            return;
        }
        char c = src[pos++];
        switch (c)
        {
            case '\n': StartLine(); return;
            case '\\': case '\'': case '"': sb.Append(c); return;
            case 'a': sb.Append('\a'); return;
            case 'b': sb.Append('\b'); return;
            case 'f': sb.Append('\f'); return;
            case 'n': sb.Append('\n'); return;
            case 'r': sb.Append('\r'); return;
            case 't': sb.Append('\t'); return;
            case 'v': sb.Append('\v'); return;
            case >= '0' and <= '7':
            {
                int v = c - '0';
                for (int i = 0; i < 2 && At(pos) >= '0' && At(pos) <= '7'; i++) v = v * 8 + (src[pos++] - '0');
                sb.Append(bytes ? (char)(v & 0xFF) : (char)v);
                return;
            }
            case 'x':
            {
                if (TryReadHex(2, out int v)) sb.Append((char)v);
                else
                    error ??= bytes
                        ? $"(value error) invalid \\x escape at position {escStart - bodyStart}"
                        : UnicodeEscapeError(escStart - bodyStart, pos - 1 - bodyStart, "truncated \\xXX escape");
                return;
            }
            case 'u' or 'U' when !bytes:
            {
                int n = c == 'u' ? 4 : 8;
                if (!TryReadHex(n, out int v))
                    error ??= UnicodeEscapeError(escStart - bodyStart, pos - 1 - bodyStart,
                        c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                else if ((uint)v > 0x10FFFF)
                    error ??= UnicodeEscapeError(escStart - bodyStart, pos - 1 - bodyStart, "illegal Unicode character");
                else
                    AppendCodePoint(sb, v);
                return;
            }
            case 'N' when !bytes:
            {
                int close = At(pos) == '{' ? src.IndexOf('}', pos) : -1;
                int nl = src.IndexOf('\n', pos);
                if (close < 0 || nl >= 0 && nl < close || close == pos + 1)
                {
                    error ??= UnicodeEscapeError(escStart - bodyStart, pos - 1 - bodyStart, "malformed \\N character escape");
                    return;
                }
                string name = src.Substring(pos + 1, close - pos - 1);
                pos = close + 1;
                if (UnicodeNames.TryLookup(name, out int cp)) AppendCodePoint(sb, cp);
                else error ??= UnicodeEscapeError(escStart - bodyStart, close - bodyStart, "unknown Unicode character name");
                return;
            }
            default:
                // Unknown escapes keep their backslash (CPython warns, we stay quiet).
                sb.Append('\\').Append(c);
                return;
        }
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private static string UnicodeEscapeError(int from, int to, string what) =>
        $"(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}";

    private bool TryReadHex(int count, out int value)
    {
        value = 0;
        for (int i = 0; i < count; i++)
        {
            int d = DigitValue(At(pos));
            if (d >= 16) return false;
            value = value * 16 + d;
            pos++;
        }
        return true;
    }

    /// <summary>Scans f-string text up to its closing quote (or, for a format spec, up to the '}' that ends the field).</summary>
    private List<FStringPart> ScanFStringParts(char q, bool triple, bool raw, bool inSpec, int startLine, int startCol)
    {
        var parts = new List<FStringPart>();
        var sb = new StringBuilder();
        int litLine = line, litCol = pos - lineStart, bodyStart = pos;
        string? escapeError = null;

        void Flush()
        {
            if (sb.Length == 0) return;
            parts.Add(new FStringLiteralPart
            {
                Text = sb.ToString(), Lineno = litLine, ColOffset = litCol, EndLineno = line, EndColOffset = pos - lineStart,
            });
            sb.Clear();
        }

        while (true)
        {
            if (sb.Length == 0)
            {
                litLine = line;
                litCol = pos - lineStart;
            }
            if (pos >= src.Length)
            {
                if (inSpec) throw Error("f-string: expecting '}'", line, pos - lineStart + 1, incomplete: triple);
                throw Unterminated(triple, "f-string", startLine, startCol);
            }
            char c = src[pos];
            if (AtClosingQuote(q, triple))
            {
                if (inSpec) throw Error("f-string: expecting '}'", line, pos - lineStart + 1);
                Flush();
                pos += triple ? 3 : 1;
                break;
            }
            if (inSpec && c == '}')
            {
                Flush();
                break;
            }
            switch (c)
            {
                case '\n':
                    if (!triple)
                    {
                        if (inSpec) throw Error("f-string: expecting '}'", line, pos - lineStart + 1);
                        throw Unterminated(false, "f-string", startLine, startCol);
                    }
                    sb.Append(c);
                    pos++;
                    StartLine();
                    break;
                case '{':
                    if (!inSpec && At(pos + 1) == '{')
                    {
                        sb.Append('{');
                        pos += 2;
                        break;
                    }
                    Flush();
                    parts.Add(ScanField(q, triple, raw));
                    break;
                case '}':
                    if (At(pos + 1) == '}')
                    {
                        sb.Append('}');
                        pos += 2;
                        break;
                    }
                    throw Error("f-string: single '}' is not allowed", line, pos - lineStart + 1);
                case '\\':
                    // A backslash never escapes a brace: `\{x}` is a backslash followed by a replacement field.
                    if (At(pos + 1) == '{' || At(pos + 1) == '}')
                    {
                        sb.Append('\\');
                        pos++;
                    }
                    else if (raw) RawBackslash(sb);
                    else DecodeEscape(sb, false, bodyStart, ref escapeError);
                    break;
                default:
                    sb.Append(c);
                    pos++;
                    break;
            }
        }
        if (escapeError != null) throw Error(escapeError, line, pos - lineStart + 1);
        return parts;
    }

    private FStringField ScanField(char q, bool triple, bool raw)
    {
        var field = new FStringField { Lineno = line, ColOffset = pos - lineStart };
        pos++;
        int savedBase = fieldBase;
        fieldBase = parens.Count;
        int exprStart = pos;
        char c;
        while (true)
        {
            SkipFieldWhitespace();
            if (pos >= src.Length) throw Error("f-string: expecting '}'", line, pos - lineStart + 1, incomplete: triple);
            c = src[pos];
            if (parens.Count == fieldBase)
            {
                char n = At(pos + 1);
                if (c == '}' || c == ':' || c == '!' && n != '=' || c == '=' && n != '=') break;
                if (AtClosingQuote(q, triple) && !StringClosesOnThisLine(q, triple))
                    throw Error("f-string: expecting '}'", line, pos - lineStart + 1);
            }
            field.Tokens.Add(LexToken());
        }
        int exprEndLine = line, exprEndCol = pos - lineStart;
        if (field.Tokens.Count == 0)
            throw Error($"f-string: valid expression required before '{c}'", line, pos - lineStart + 1);
        if (c == '=')
        {
            pos++;
            SkipSpaces();
            field.SelfDocumenting = src.Substring(exprStart, pos - exprStart);
            c = At(pos);
        }
        if (c == '!')
        {
            pos++;
            int nameStart = pos;
            while (pos < src.Length && IsIdentifierChar(src[pos], pos)) pos++;
            string conv = src.Substring(nameStart, pos - nameStart);
            if (conv.Length == 0)
                throw Error("f-string: missing conversion character", line, pos - lineStart + 1);
            if (conv != "s" && conv != "r" && conv != "a")
                throw Error($"f-string: invalid conversion character '{conv}': expected 's', 'r', or 'a'", line,
                    nameStart - lineStart + 1);
            field.Conversion = conv[0];
            c = At(pos);
        }
        if (c == ':')
        {
            pos++;
            field.SpecLineno = line;
            field.SpecColOffset = pos - lineStart;
            field.FormatSpec = ScanFStringParts(q, triple, raw, inSpec: true, line, pos - lineStart);
            field.SpecEndLineno = line;
            field.SpecEndColOffset = pos - lineStart;
            c = At(pos);
        }
        if (c != '}') throw Error("f-string: expecting '}'", line, pos - lineStart + 1, incomplete: pos >= src.Length);
        pos++;
        field.EndLineno = line;
        field.EndColOffset = pos - lineStart;
        field.Tokens.Add(new Token
        {
            Kind = TokenKind.EndMarker, Lineno = exprEndLine, ColOffset = exprEndCol, EndLineno = exprEndLine,
            EndColOffset = exprEndCol,
        });
        fieldBase = savedBase;
        return field;
    }

    // Inside a replacement field a quote equal to the enclosing one may open a nested string (3.12);
    // if no partner follows on the line it must have been meant as the end of the f-string.
    private bool StringClosesOnThisLine(char q, bool triple)
    {
        if (triple) return src.IndexOf(new string(q, 3), pos + 3, StringComparison.Ordinal) >= 0;
        for (int p = pos + 1; p < src.Length && src[p] != '\n'; p++)
            if (src[p] == q) return true;
        return false;
    }

    private void SkipFieldWhitespace()
    {
        while (pos < src.Length)
        {
            char c = src[pos];
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else if (c == '\n')
            {
                pos++;
                StartLine();
            }
            else if (c == '#') SkipComment();
            else if (c == '\\' && At(pos + 1) == '\n')
            {
                pos += 2;
                StartLine();
            }
            else break;
        }
    }
}
