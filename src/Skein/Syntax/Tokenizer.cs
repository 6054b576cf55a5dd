using System.Globalization;
using System.Text;

namespace Skein.Syntax;

/// <summary>
/// Turns Python source into tokens on demand, in a single pass without regular expressions.
/// Produces NEWLINE/INDENT/DEDENT the way CPython's tokenizer does; string tokens arrive already
/// decoded (f-strings as parts whose replacement fields carry their own token lists).
/// </summary>
public sealed partial class Tokenizer
{
    private readonly string src;
    private readonly string filename;
    private int pos;
    private int line = 1;
    private int lineStart;
    private bool atLineStart = true;
    private readonly List<int> indents = new() { 0 };
    private readonly List<int> altIndents = new() { 0 };
    private readonly List<(char Ch, int Line, int Col)> parens = new();
    private readonly Queue<Token> pending = new();
    private TokenKind lastKind = TokenKind.Newline;
    private bool sawAnyToken;
    private Token? endMarker;
    private PythonSyntaxError? failure;
    // Bracket depth at which the innermost f-string replacement field's expression sits; a closer
    // below it is unmatched, and ':', '!', '=' or '}' at it end the expression.
    private int fieldBase;

    public Tokenizer(string source, string filename)
    {
        src = Normalize(source);
        this.filename = filename;
    }

    /// <summary>The source after newline normalisation; positions in tokens refer to it.</summary>
    public string Source => src;
    public string Filename => filename;

    // CPython reads files in universal-newline mode and drops a UTF-8 BOM.
    private static string Normalize(string s)
    {
        if (s.Length > 0 && s[0] == '\uFEFF') s = s.Substring(1);
        if (s.IndexOf('\r') < 0) return s;
        return s.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    public Token Next()
    {
        if (failure != null) throw failure;
        try
        {
            var t = NextCore();
            lastKind = t.Kind;
            return t;
        }
        catch (PythonSyntaxError e)
        {
            failure = e;
            throw;
        }
    }

    private Token NextCore()
    {
        if (pending.Count > 0) return pending.Dequeue();
        if (endMarker != null) return endMarker;
        while (true)
        {
            if (atLineStart && parens.Count == 0)
            {
                if (!HandleLineStart()) continue;
                atLineStart = false;
                if (pending.Count > 0) return pending.Dequeue();
            }
            SkipSpaces();
            if (pos >= src.Length) return AtEnd();
            char c = src[pos];
            if (c == '#')
            {
                SkipComment();
                continue;
            }
            if (c == '\\')
            {
                LineContinuation();
                continue;
            }
            if (c == '\n')
            {
                if (parens.Count > 0)
                {
                    pos++;
                    StartLine();
                    continue;
                }
                var nl = Make(TokenKind.Newline, pos, pos + 1, "\n");
                pos++;
                StartLine();
                atLineStart = true;
                return nl;
            }
            sawAnyToken = true;
            return LexToken();
        }
    }

    private void SkipSpaces()
    {
        while (pos < src.Length)
        {
            char c = src[pos];
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else break;
        }
    }

    private void SkipComment()
    {
        while (pos < src.Length && src[pos] != '\n') pos++;
    }

    private void StartLine()
    {
        line++;
        lineStart = pos;
    }

    private void LineContinuation()
    {
        int col = pos - lineStart;
        if (pos + 1 >= src.Length)
            throw Error("unexpected EOF while parsing", line, col + 2, incomplete: true);
        if (src[pos + 1] != '\n')
            throw Error("unexpected character after line continuation character", line, col + 2);
        pos += 2;
        StartLine();
        if (pos >= src.Length)
            throw Error("unexpected EOF while parsing", line - 1, col + 2, incomplete: true);
    }

    /// <summary>Measures indentation at the start of a logical line; false when the line was blank and got skipped.</summary>
    private bool HandleLineStart()
    {
        int col = 0, alt = 0, p = pos;
        while (p < src.Length)
        {
            char c = src[p];
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = alt = 0; }
            else break;
            p++;
        }
        pos = p;
        if (p >= src.Length) return true;
        char first = src[p];
        if (first == '#' || first == '\n')
        {
            SkipComment();
            if (pos < src.Length)
            {
                pos++;
                StartLine();
            }
            return false;
        }
        int top = indents[^1], altTop = altIndents[^1];
        if (col == top)
        {
            if (alt != altTop) throw TabError();
        }
        else if (col > top)
        {
            if (alt <= altTop) throw TabError();
            indents.Add(col);
            altIndents.Add(alt);
            var t = Make(TokenKind.Indent, lineStart, p, "");
            pending.Enqueue(t);
        }
        else
        {
            while (indents.Count > 1 && col < indents[^1])
            {
                indents.RemoveAt(indents.Count - 1);
                altIndents.RemoveAt(altIndents.Count - 1);
                pending.Enqueue(Make(TokenKind.Dedent, p, p, ""));
            }
            if (col != indents[^1])
                throw new PythonSyntaxError(SyntaxErrorKind.IndentationError,
                    "unindent does not match any outer indentation level", filename, line, LineText(line).TrimEnd('\n').Length + 1,
                    line, -1, LineText(line));
            if (alt != altIndents[^1]) throw TabError();
        }
        return true;
    }

    private PythonSyntaxError TabError() =>
        new(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", filename, line, 1, line, 0,
            LineText(line));

    private Token AtEnd()
    {
        if (parens.Count > 0)
        {
            var (ch, l, c) = parens[^1];
            throw Error($"'{ch}' was never closed", l, c + 1, incomplete: true);
        }
        // EOF tokens sit at the end of the last line that has text, which is where CPython reports them.
        int eofLine = line, eofCol = pos - lineStart;
        if (src.Length > 0 && src[^1] == '\n' && line > 1)
        {
            eofLine = line - 1;
            eofCol = LineText(eofLine).TrimEnd('\n').Length;
        }
        if (sawAnyToken && lastKind != TokenKind.Newline && lastKind != TokenKind.Dedent && lastKind != TokenKind.Indent)
            pending.Enqueue(new Token
            {
                Kind = TokenKind.Newline, Text = "", Lineno = eofLine, ColOffset = eofCol, EndLineno = eofLine,
                EndColOffset = eofCol + 1, AtEof = true,
            });
        while (indents.Count > 1)
        {
            indents.RemoveAt(indents.Count - 1);
            pending.Enqueue(new Token
            {
                Kind = TokenKind.Dedent, Lineno = eofLine, ColOffset = eofCol, EndLineno = eofLine, EndColOffset = eofCol,
                AtEof = true,
            });
        }
        endMarker = new Token
        {
            Kind = TokenKind.EndMarker, Lineno = eofLine, ColOffset = eofCol, EndLineno = eofLine, EndColOffset = eofCol,
            AtEof = true,
        };
        pending.Enqueue(endMarker);
        return pending.Dequeue();
    }

    private Token Make(TokenKind kind, int start, int end, string text) => new()
    {
        Kind = kind, Text = text, Lineno = line, ColOffset = start - lineStart, EndLineno = line,
        EndColOffset = end - lineStart,
    };

    private Token LexToken()
    {
        int start = pos;
        char c = src[pos];
        if (IsIdentifierStart(c, pos))
        {
            int p = pos;
            while (p < src.Length && IsIdentifierChar(src[p], p)) p++;
            if (p < src.Length && (src[p] == '"' || src[p] == '\'') && p - start <= 2 && IsStringPrefix(start, p))
                return LexString(start, p);
            string word = src.Substring(start, p - start);
            if (!IsAscii(word)) word = Skein.Objects.Text.Normalization.Normalize(word, compose: true, compatibility: true);
            pos = p;
            return Make(TokenKind.Name, start, p, word);
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < src.Length && src[pos + 1] >= '0' && src[pos + 1] <= '9')
            return LexNumber();
        if (c == '"' || c == '\'') return LexString(start, start);
        return LexOperator();
    }

    private Token LexOperator()
    {
        int start = pos;
        char c = src[pos];
        char c1 = pos + 1 < src.Length ? src[pos + 1] : '\0';
        char c2 = pos + 2 < src.Length ? src[pos + 2] : '\0';
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                parens.Add((c, line, pos - lineStart));
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case ')': case ']': case '}':
                CloseBracket(c);
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            case ':':
                // Inside an f-string field ':' at the field's own level starts the format spec, so ':=' is never formed there.
                if (c1 == '=') { kind = TokenKind.ColonEqual; len = 2; }
                else kind = TokenKind.Colon;
                break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '.':
                if (c1 == '.' && c2 == '.') { kind = TokenKind.Ellipsis; len = 3; }
                else kind = TokenKind.Dot;
                break;
            case '~': kind = TokenKind.Tilde; break;
            case '+': (kind, len) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case '-':
                if (c1 == '=') (kind, len) = (TokenKind.MinEqual, 2);
                else if (c1 == '>') (kind, len) = (TokenKind.RArrow, 2);
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') (kind, len) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case '/':
                if (c1 == '/') (kind, len) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                break;
            case '%': (kind, len) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case '@': (kind, len) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case '|': (kind, len) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case '&': (kind, len) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case '^': (kind, len) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.CircumFlex, 1); break;
            case '=': (kind, len) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case '!': (kind, len) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Exclamation, 1); break;
            case '<':
                if (c1 == '<') (kind, len) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.LessEqual, 2);
                else if (c1 == '>') (kind, len) = (TokenKind.NotEqual, 2);
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') (kind, len) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                else (kind, len) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                break;
            default:
                InvalidCharacter();
                kind = TokenKind.ErrorToken;
                break;
        }
        pos += len;
        return Make(kind, start, pos, src.Substring(start, len));
    }

    private void CloseBracket(char c)
    {
        char open = c == ')' ? '(' : c == ']' ? '[' : '{';
        int col = pos - lineStart;
        if (parens.Count <= fieldBase)
            throw Error($"unmatched '{c}'", line, col + 1);
        var (ch, l, _) = parens[^1];
        if (ch != open)
        {
            string msg = l != line
                ? $"closing parenthesis '{c}' does not match opening parenthesis '{ch}' on line {l}"
                : $"closing parenthesis '{c}' does not match opening parenthesis '{ch}'";
            throw Error(msg, line, col + 1);
        }
        parens.RemoveAt(parens.Count - 1);
    }

    private void InvalidCharacter()
    {
        int cp = char.IsHighSurrogate(src[pos]) && pos + 1 < src.Length ? char.ConvertToUtf32(src[pos], src[pos + 1]) : src[pos];
        int col = pos - lineStart;
        if (cp < 128 && cp >= 32 && cp != 127) return; // printable ASCII ($, ?, `) becomes an ERRORTOKEN
        if (IsPrintable(cp))
            throw Error($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", line, col + 1);
        throw Error($"invalid non-printable character U+{cp:X4}", line, col + 1);
    }

    private static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    private bool IsIdentifierStart(char c, int at)
    {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
        return IsUnicodeIdentifier(at, start: true);
    }

    private bool IsIdentifierChar(char c, int at)
    {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
        return IsUnicodeIdentifier(at, start: false);
    }

    private bool IsUnicodeIdentifier(int at, bool start)
    {
        char c = src[at];
        UnicodeCategory cat;
        if (char.IsHighSurrogate(c) && at + 1 < src.Length && char.IsLowSurrogate(src[at + 1]))
            cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, src[at + 1]));
        else if (char.IsLowSurrogate(c) && at > 0 && char.IsHighSurrogate(src[at - 1]))
            cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(src[at - 1], c));
        else
            cat = CharUnicodeInfo.GetUnicodeCategory(c);
        switch (cat)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return !start;
            default:
                return false;
        }
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
            if (c >= 128) return false;
        return true;
    }

    private bool IsStringPrefix(int start, int end)
    {
        bool r = false, b = false, f = false, u = false;
        for (int i = start; i < end; i++)
        {
            switch (char.ToLowerInvariant(src[i]))
            {
                case 'r': if (r) return false; r = true; break;
                case 'b': if (b) return false; b = true; break;
                case 'f': if (f) return false; f = true; break;
                case 'u': if (u) return false; u = true; break;
                default: return false;
            }
        }
        if (u) return end - start == 1;
        return !(b && f);
    }

    internal PythonSyntaxError Error(string msg, int lineno, int offset, bool incomplete = false,
        SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        new(kind, msg, filename, lineno, offset, lineno, offset, LineText(lineno), incomplete);

    /// <summary>The text of a 1-based line including its newline, or "" past the end.</summary>
    public string LineText(int lineno)
    {
        int p = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = src.IndexOf('\n', p);
            if (nl < 0) return "";
            p = nl + 1;
        }
        int end = src.IndexOf('\n', p);
        return end < 0 ? src.Substring(p) : src.Substring(p, end - p + 1);
    }
}
