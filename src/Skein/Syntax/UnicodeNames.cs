namespace Skein.Syntax;

/// <summary>
/// A small table of Unicode character names for `\N{...}` escapes. .NET ships no name database, so
/// only common characters (plus the systematic Latin letters and digits) are known.
/// </summary>
public static class UnicodeNames
{
    private static readonly Dictionary<string, int> Table = Build();

    public static bool TryLookup(string name, out int codePoint) =>
        Table.TryGetValue(name.ToUpperInvariant(), out codePoint);

    private static Dictionary<string, int> Build()
    {
        var t = new Dictionary<string, int>
        {
            ["NULL"] = 0x0, ["BELL"] = 0x7, ["BACKSPACE"] = 0x8, ["CHARACTER TABULATION"] = 0x9, ["TAB"] = 0x9,
            ["LINE FEED"] = 0xA, ["LF"] = 0xA, ["NEW LINE"] = 0xA, ["CARRIAGE RETURN"] = 0xD, ["CR"] = 0xD,
            ["ESCAPE"] = 0x1B, ["ESC"] = 0x1B, ["SPACE"] = 0x20, ["EXCLAMATION MARK"] = 0x21, ["QUOTATION MARK"] = 0x22,
            ["NUMBER SIGN"] = 0x23, ["DOLLAR SIGN"] = 0x24, ["PERCENT SIGN"] = 0x25, ["AMPERSAND"] = 0x26,
            ["APOSTROPHE"] = 0x27, ["LEFT PARENTHESIS"] = 0x28, ["RIGHT PARENTHESIS"] = 0x29, ["ASTERISK"] = 0x2A,
            ["PLUS SIGN"] = 0x2B, ["COMMA"] = 0x2C, ["HYPHEN-MINUS"] = 0x2D, ["FULL STOP"] = 0x2E, ["SOLIDUS"] = 0x2F,
            ["COLON"] = 0x3A, ["SEMICOLON"] = 0x3B, ["LESS-THAN SIGN"] = 0x3C, ["EQUALS SIGN"] = 0x3D,
            ["GREATER-THAN SIGN"] = 0x3E, ["QUESTION MARK"] = 0x3F, ["COMMERCIAL AT"] = 0x40,
            ["LEFT SQUARE BRACKET"] = 0x5B, ["REVERSE SOLIDUS"] = 0x5C, ["RIGHT SQUARE BRACKET"] = 0x5D,
            ["CIRCUMFLEX ACCENT"] = 0x5E, ["LOW LINE"] = 0x5F, ["GRAVE ACCENT"] = 0x60, ["LEFT CURLY BRACKET"] = 0x7B,
            ["VERTICAL LINE"] = 0x7C, ["RIGHT CURLY BRACKET"] = 0x7D, ["TILDE"] = 0x7E, ["DELETE"] = 0x7F,
            ["NO-BREAK SPACE"] = 0xA0, ["INVERTED EXCLAMATION MARK"] = 0xA1, ["CENT SIGN"] = 0xA2, ["POUND SIGN"] = 0xA3,
            ["YEN SIGN"] = 0xA5, ["SECTION SIGN"] = 0xA7, ["COPYRIGHT SIGN"] = 0xA9, ["NOT SIGN"] = 0xAC,
            ["REGISTERED SIGN"] = 0xAE, ["DEGREE SIGN"] = 0xB0, ["PLUS-MINUS SIGN"] = 0xB1, ["MICRO SIGN"] = 0xB5,
            ["PILCROW SIGN"] = 0xB6, ["MIDDLE DOT"] = 0xB7, ["INVERTED QUESTION MARK"] = 0xBF,
            ["MULTIPLICATION SIGN"] = 0xD7, ["DIVISION SIGN"] = 0xF7, ["LATIN SMALL LETTER SHARP S"] = 0xDF,
            ["LATIN SMALL LETTER E WITH ACUTE"] = 0xE9, ["LATIN SMALL LETTER A WITH GRAVE"] = 0xE0,
            ["LATIN SMALL LETTER U WITH DIAERESIS"] = 0xFC, ["LATIN SMALL LETTER O WITH DIAERESIS"] = 0xF6,
            ["LATIN SMALL LETTER A WITH DIAERESIS"] = 0xE4, ["LATIN SMALL LETTER N WITH TILDE"] = 0xF1,
            ["LATIN SMALL LETTER C WITH CEDILLA"] = 0xE7,
            ["EN DASH"] = 0x2013, ["EM DASH"] = 0x2014, ["LEFT SINGLE QUOTATION MARK"] = 0x2018,
            ["RIGHT SINGLE QUOTATION MARK"] = 0x2019, ["LEFT DOUBLE QUOTATION MARK"] = 0x201C,
            ["RIGHT DOUBLE QUOTATION MARK"] = 0x201D, ["DAGGER"] = 0x2020, ["BULLET"] = 0x2022,
            ["HORIZONTAL ELLIPSIS"] = 0x2026, ["PER MILLE SIGN"] = 0x2030, ["EURO SIGN"] = 0x20AC,
            ["TRADE MARK SIGN"] = 0x2122, ["LEFTWARDS ARROW"] = 0x2190, ["UPWARDS ARROW"] = 0x2191,
            ["RIGHTWARDS ARROW"] = 0x2192, ["DOWNWARDS ARROW"] = 0x2193, ["INFINITY"] = 0x221E,
            ["NOT EQUAL TO"] = 0x2260, ["LESS-THAN OR EQUAL TO"] = 0x2264, ["GREATER-THAN OR EQUAL TO"] = 0x2265,
            ["BLACK STAR"] = 0x2605, ["WHITE STAR"] = 0x2606, ["SNOWMAN"] = 0x2603, ["BLACK HEART SUIT"] = 0x2665,
            ["CHECK MARK"] = 0x2713, ["HEAVY CHECK MARK"] = 0x2714, ["BALLOT X"] = 0x2717,
            ["ZERO WIDTH SPACE"] = 0x200B, ["ZERO WIDTH NON-JOINER"] = 0x200C, ["ZERO WIDTH JOINER"] = 0x200D,
            ["ZERO WIDTH NO-BREAK SPACE"] = 0xFEFF, ["BYTE ORDER MARK"] = 0xFEFF, ["REPLACEMENT CHARACTER"] = 0xFFFD,
            ["GRINNING FACE"] = 0x1F600, ["PILE OF POO"] = 0x1F4A9, ["THUMBS UP SIGN"] = 0x1F44D,
            ["SNAKE"] = 0x1F40D,
        };
        for (char c = 'A'; c <= 'Z'; c++)
        {
            t[$"LATIN CAPITAL LETTER {c}"] = c;
            t[$"LATIN SMALL LETTER {c}"] = char.ToLowerInvariant(c);
        }
        string[] digits = { "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE" };
        for (int i = 0; i < 10; i++) t[$"DIGIT {digits[i]}"] = '0' + i;
        string[] greek = { "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA",
            "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA" };
        for (int i = 0; i < greek.Length; i++)
        {
            if (greek[i].Length == 0) continue; // U+03A2 is unassigned; the final sigma sits there in lower case
            t[$"GREEK CAPITAL LETTER {greek[i]}"] = 0x391 + i;
            t[$"GREEK SMALL LETTER {greek[i]}"] = 0x3B1 + i;
        }
        t["GREEK SMALL LETTER FINAL SIGMA"] = 0x3C2;
        return t;
    }
}
