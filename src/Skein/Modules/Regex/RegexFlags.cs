namespace Skein.Modules.Regex;

/// <summary>The flag bits of the re module (CPython's SRE_FLAG_* values).</summary>
internal static class RegexFlags
{
    public const int Template = 1;
    public const int IgnoreCase = 2;
    public const int Locale = 4;
    public const int Multiline = 8;
    public const int DotAll = 16;
    public const int Unicode = 32;
    public const int Verbose = 64;
    public const int Debug = 128;
    public const int Ascii = 256;

    public const int TypeFlags = Ascii | Locale | Unicode;

    /// <summary>The flag letters of inline groups such as (?im).</summary>
    public static int FromLetter(int c) => c switch
    {
        'a' => Ascii,
        'i' => IgnoreCase,
        'L' => Locale,
        'm' => Multiline,
        's' => DotAll,
        'u' => Unicode,
        'x' => Verbose,
        _ => 0,
    };

    /// <summary>The flags in value order, as a Pattern's repr lists them.</summary>
    public static readonly (string Name, int Value)[] ByValue =
    [
        ("TEMPLATE", Template), ("IGNORECASE", IgnoreCase), ("LOCALE", Locale), ("MULTILINE", Multiline),
        ("DOTALL", DotAll), ("UNICODE", Unicode), ("VERBOSE", Verbose), ("DEBUG", Debug), ("ASCII", Ascii),
    ];

    /// <summary>The members of re.RegexFlag in definition order, as a flag's repr lists them.</summary>
    public static readonly (string Name, int Value)[] ByDefinition =
    [
        ("ASCII", Ascii), ("IGNORECASE", IgnoreCase), ("LOCALE", Locale), ("UNICODE", Unicode), ("MULTILINE", Multiline),
        ("DOTALL", DotAll), ("VERBOSE", Verbose), ("TEMPLATE", Template), ("DEBUG", Debug),
    ];
}
