using System.Globalization;
using System.Text;

namespace Skein.Objects.Numbers;

/// <summary>
/// Conversions between int and text: int(str, base) with PEP 515 underscores, Unicode digits and
/// whitespace, and str(int) in any base, both bounded by the 3.11 limit on decimal digit counts
/// (sys.set_int_max_str_digits).
/// </summary>
public static class IntConversion
{
    public const int MaxStrDigitsThreshold = 640;

    /// <summary>sys.get_int_max_str_digits()/set_int_max_str_digits() (stored in PythonRuntime, which sys uses): 0 disables the limit.</summary>
    public static int MaxStrDigits
    {
        get => Volatile.Read(ref PythonRuntime.IntMaxStrDigits);
        set
        {
            if (value != 0 && value < MaxStrDigitsThreshold)
                throw Errors.ValueError($"maxdigits must be 0 or larger than {MaxStrDigitsThreshold}");
            Volatile.Write(ref PythonRuntime.IntMaxStrDigits, value);
        }
    }

    private static PyException TooManyDigitsToParse(int limit, long digits) => Errors.ValueError(
        $"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

    private static PyException TooManyDigitsToPrint(int limit) => Errors.ValueError(
        $"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>
    /// Parses the text of int(text, base) (base 0 or 2..36, already validated); null when the text is not
    /// a valid literal (the caller words the ValueError, quoting its own argument).
    /// </summary>
    public static PyInt? Parse(string text, int numberBase)
    {
        var s = NormaliseDigits(text);
        if (s == null) return null;
        var pos = 0;
        var end = s.Length;
        var negative = false;
        if (pos < end && (s[pos] == '+' || s[pos] == '-'))
        {
            negative = s[pos] == '-';
            pos++;
        }
        var allowLeadingUnderscore = false;
        if (end - pos >= 2 && s[pos] == '0')
        {
            var p = char.ToLowerInvariant(s[pos + 1]);
            var prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (numberBase == 0 || numberBase == prefixBase))
            {
                numberBase = prefixBase;
                pos += 2;
                allowLeadingUnderscore = true;
            }
        }
        var decimalLeadingZeroRule = false;
        if (numberBase == 0)
        {
            numberBase = 10;
            // A base-0 literal cannot start with 0 unless it is all zeros (no implicit octal).
            decimalLeadingZeroRule = pos < end && s[pos] == '0';
        }

        Span<byte> stackDigits = stackalloc byte[64];
        var digits = end - pos <= 64 ? stackDigits : new byte[end - pos];
        var count = 0;
        var lastUnderscore = false;
        for (var i = pos; i < end; i++)
        {
            var c = s[i];
            if (c == '_')
            {
                if (lastUnderscore || (count == 0 && !allowLeadingUnderscore)) return null;
                lastUnderscore = true;
                continue;
            }
            var d = DigitValue(c);
            if (d >= numberBase) return null;
            if (decimalLeadingZeroRule && d != 0) return null;
            digits[count++] = (byte)d;
            lastUnderscore = false;
        }
        if (count == 0 || lastUnderscore) return null;
        digits = digits[..count];

        if ((numberBase & (numberBase - 1)) != 0)
        {
            var limit = MaxStrDigits;
            if (limit > 0 && count > limit) throw TooManyDigitsToParse(limit, count);
        }
        var value = Accumulate(digits, numberBase);
        return PyInt.From(negative ? -value : value);
    }

    /// <summary>
    /// Strips Unicode whitespace and maps Unicode decimal digits and spaces to ASCII as CPython does; null
    /// when a character could never be part of a number (so the parsers only see plain ASCII).
    /// </summary>
    internal static string? NormaliseDigits(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        var ascii = true;
        for (var i = start; i < end; i++)
        {
            if (text[i] >= 128)
            {
                ascii = false;
                break;
            }
        }
        if (ascii) return start == 0 && end == text.Length ? text : text[start..end];
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end;)
        {
            var rune = Rune.GetRuneAt(text, i);
            i += rune.Utf16SequenceLength;
            if (rune.Value < 128)
            {
                sb.Append((char)rune.Value);
                continue;
            }
            if (Rune.IsWhiteSpace(rune))
            {
                sb.Append(' ');
                continue;
            }
            var d = Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber ? Rune.GetNumericValue(rune) : -1;
            if (d < 0) return null;
            sb.Append((char)('0' + (int)d));
        }
        return sb.ToString();
    }

    /// <summary>Python's str.isspace for the characters int() and float() strip.</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' || (c >= 0x1C && c <= 0x1F) || (c >= 128 && char.IsWhiteSpace(c));

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    private static BigInteger Accumulate(ReadOnlySpan<byte> digits, int numberBase)
    {
        // Chunks of digits small enough that chunk * base**k fits a long, merged into the BigInteger.
        var chunkLength = 1;
        long chunkScale = numberBase;
        while (chunkScale <= long.MaxValue / numberBase / numberBase)
        {
            chunkScale *= numberBase;
            chunkLength++;
        }
        if (digits.Length <= chunkLength)
        {
            long v = 0;
            foreach (var d in digits) v = v * numberBase + d;
            return v;
        }
        if (numberBase == 10 || numberBase == 16) return ParseWithDotNet(digits, numberBase);
        BigInteger result = BigInteger.Zero;
        var i = 0;
        while (i < digits.Length)
        {
            var n = Math.Min(chunkLength, digits.Length - i);
            long chunk = 0;
            long scale = 1;
            for (var k = 0; k < n; k++)
            {
                chunk = chunk * numberBase + digits[i + k];
                scale *= numberBase;
            }
            result = result * scale + chunk;
            i += n;
        }
        return result;
    }

    private static BigInteger ParseWithDotNet(ReadOnlySpan<byte> digits, int numberBase)
    {
        var chars = new char[digits.Length + 1];
        chars[0] = '0';
        for (var i = 0; i < digits.Length; i++) chars[i + 1] = "0123456789abcdef"[digits[i]];
        return numberBase == 10
            ? BigInteger.Parse(chars, NumberStyles.None, CultureInfo.InvariantCulture)
            : BigInteger.Parse(chars, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    // ---- int to text --------------------------------------------------------------------------------

    /// <summary>Decimal digits of the value, with a leading '-' when negative; ValueError past the digit limit.</summary>
    public static string ToDecimal(PyInt v)
    {
        if (v.TryGetLong(out var x)) return x.ToString(CultureInfo.InvariantCulture);
        var big = v.Value;
        var limit = MaxStrDigits;
        if (limit > 0)
        {
            // A value with more than limit / log10(2) bits surely has more than limit digits.
            var bits = (double)BigInteger.Abs(big).GetBitLength();
            if (bits * 0.30102999566398119 > limit + 1) throw TooManyDigitsToPrint(limit);
        }
        var s = big.ToString(CultureInfo.InvariantCulture);
        if (limit > 0 && s.Length - (big.Sign < 0 ? 1 : 0) > limit) throw TooManyDigitsToPrint(limit);
        return s;
    }

    /// <summary>Digits of |v| in base 2, 8 or 16 (lowercase), without prefix or sign.</summary>
    public static string ToPowerOfTwoBase(BigInteger magnitude, int numberBase)
    {
        if (magnitude.IsZero) return "0";
        var bitsPerDigit = numberBase == 2 ? 1 : numberBase == 8 ? 3 : 4;
        var bits = (long)magnitude.GetBitLength();
        var length = (int)((bits + bitsPerDigit - 1) / bitsPerDigit);
        var bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        return string.Create(length, (bytes, bitsPerDigit), static (span, state) =>
        {
            var (b, per) = state;
            var mask = (1 << per) - 1;
            for (var i = 0; i < span.Length; i++)
            {
                var bitIndex = (long)i * per;
                var byteIndex = (int)(bitIndex >> 3);
                var shift = (int)(bitIndex & 7);
                var word = b[byteIndex] | (byteIndex + 1 < b.Length ? b[byteIndex + 1] << 8 : 0);
                span[span.Length - 1 - i] = "0123456789abcdef"[(word >> shift) & mask];
            }
        });
    }

    public static string ToPowerOfTwoBase(PyInt v, int numberBase)
    {
        if (v.TryGetLong(out var x) && x >= 0)
        {
            return numberBase switch
            {
                16 => x.ToString("x", CultureInfo.InvariantCulture),
                2 => Convert.ToString(x, 2),
                _ => Convert.ToString(x, 8),
            };
        }
        return ToPowerOfTwoBase(BigInteger.Abs(v.Value), numberBase);
    }
}
