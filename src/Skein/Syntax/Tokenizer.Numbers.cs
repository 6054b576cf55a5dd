using System.Globalization;
using System.Numerics;

namespace Skein.Syntax;

public sealed partial class Tokenizer
{
    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return 99;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private char At(int p) => p < src.Length ? src[p] : '\0';

    private Token LexNumber()
    {
        int start = pos;
        if (src[pos] == '0' && "xXoObB".IndexOf(At(pos + 1)) >= 0 && At(pos + 1) != '\0')
            return LexRadixNumber(start);

        bool isFloat = false, isImaginary = false;
        if (src[pos] != '.') ReadDecimalDigits();
        if (At(pos) == '.')
        {
            isFloat = true;
            pos++;
            if (IsDigit(At(pos))) ReadDecimalDigits();
        }
        char e = At(pos);
        if (e == 'e' || e == 'E')
        {
            int mark = pos;
            pos++;
            bool signed = At(pos) == '+' || At(pos) == '-';
            if (signed) pos++;
            if (IsDigit(At(pos)))
            {
                ReadDecimalDigits();
                isFloat = true;
            }
            else if (signed)
                throw Error("invalid decimal literal", line, pos - lineStart);
            else
                pos = mark;
        }
        if (At(pos) == 'j' || At(pos) == 'J')
        {
            isImaginary = true;
            pos++;
        }
        string text = src.Substring(start, pos - start);
        string clean = text.IndexOf('_') >= 0 ? text.Replace("_", "") : text;
        if (!isFloat && !isImaginary && clean.Length > 1 && clean[0] == '0')
        {
            foreach (char c in clean)
                if (c != '0')
                    throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        filename, line, start - lineStart + 1, line, start - lineStart + 2, LineText(line));
        }
        VerifyEndOfNumber(isImaginary ? "imaginary" : "decimal");
        object value;
        if (isImaginary)
            value = new Complex(0, double.Parse(clean.AsSpan(0, clean.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        else if (isFloat)
            value = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
        else if (clean.Length <= 18)
            value = new BigInteger(long.Parse(clean, NumberStyles.None, CultureInfo.InvariantCulture));
        else
            value = BigInteger.Parse(clean, NumberStyles.None, CultureInfo.InvariantCulture);
        return new Token
        {
            Kind = TokenKind.Number, Text = text, Lineno = line, ColOffset = start - lineStart, EndLineno = line,
            EndColOffset = pos - lineStart, Value = value,
        };
    }

    private void ReadDecimalDigits()
    {
        while (true)
        {
            while (IsDigit(At(pos))) pos++;
            if (At(pos) != '_') return;
            pos++;
            if (!IsDigit(At(pos))) throw Error("invalid decimal literal", line, pos - lineStart);
        }
    }

    private Token LexRadixNumber(int start)
    {
        char k = char.ToLowerInvariant(src[pos + 1]);
        int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
        string kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        pos += 2;
        BigInteger value = BigInteger.Zero;
        bool any = false;
        while (true)
        {
            if (At(pos) == '_')
            {
                pos++;
                if (DigitValue(At(pos)) >= radix) throw BadRadixDigit(kind, radix);
            }
            int d = DigitValue(At(pos));
            if (d >= radix) break;
            value = value * radix + d;
            any = true;
            pos++;
        }
        if (!any) throw BadRadixDigit(kind, radix);
        if (radix < 10 && IsDigit(At(pos)))
            throw Error($"invalid digit '{src[pos]}' in {kind} literal", line, pos - lineStart + 1);
        VerifyEndOfNumber(kind);
        return new Token
        {
            Kind = TokenKind.Number, Text = src.Substring(start, pos - start), Lineno = line,
            ColOffset = start - lineStart, EndLineno = line, EndColOffset = pos - lineStart, Value = value,
        };
    }

    private PythonSyntaxError BadRadixDigit(string kind, int radix)
    {
        if (radix < 10 && IsDigit(At(pos)))
            return Error($"invalid digit '{src[pos]}' in {kind} literal", line, pos - lineStart + 1);
        return Error($"invalid {kind} literal", line, pos - lineStart);
    }

    // A number glued to a name is an error, except before the keywords CPython still tolerates there (`1if x else 2`).
    private void VerifyEndOfNumber(string kind)
    {
        if (pos >= src.Length || !IsIdentifierStart(src[pos], pos)) return;
        foreach (var kw in GluedKeywords)
            if (string.CompareOrdinal(src, pos, kw, 0, kw.Length) == 0)
                return;
        throw Error($"invalid {kind} literal", line, pos - lineStart);
    }

    private static readonly string[] GluedKeywords = { "and", "else", "for", "if", "in", "is", "not", "or" };
}
