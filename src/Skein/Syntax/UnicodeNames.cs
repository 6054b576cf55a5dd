using Skein.Objects.Text;

namespace Skein.Syntax;

/// <summary>Character names for `\N{...}` escapes: the full Unicode 14 table (names and aliases, not named sequences).</summary>
public static class UnicodeNames
{
    public static bool TryLookup(string name, out int codePoint) => CharacterNames.TryLookup(name, out codePoint);
}
