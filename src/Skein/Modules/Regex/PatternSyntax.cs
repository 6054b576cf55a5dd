namespace Skein.Modules.Regex;

/// <summary>The parsed form of a Python pattern; translated to .NET syntax by <see cref="DotNetEmitter"/>.</summary>
internal abstract class ReNode;

/// <summary>One character (a code point; a byte value for bytes patterns).</summary>
internal sealed class LiteralNode(int codePoint) : ReNode
{
    public readonly int CodePoint = codePoint;
}

/// <summary>'.': any character but a newline unless DOTALL is in effect.</summary>
internal sealed class AnyNode : ReNode;

internal enum Category { Digit, NotDigit, Space, NotSpace, Word, NotWord }

internal abstract class ClassItem;

internal sealed class CharItem(int codePoint) : ClassItem
{
    public readonly int CodePoint = codePoint;
}

internal sealed class RangeItem(int low, int high) : ClassItem
{
    public readonly int Low = low, High = high;
}

internal sealed class CategoryItem(Category category) : ClassItem
{
    public readonly Category Category = category;
}

/// <summary>A character set: [...] in the pattern, or a lone category escape such as \d (one item).</summary>
internal sealed class ClassNode(List<ClassItem> items, bool negated) : ReNode
{
    public readonly List<ClassItem> Items = items;
    public readonly bool Negated = negated;
}

internal enum AnchorKind { LineStart, LineEnd, StringStart, StringEnd, WordBoundary, NotWordBoundary }

internal sealed class AnchorNode(AnchorKind kind) : ReNode
{
    public readonly AnchorKind Kind = kind;
}

/// <summary>(...) when <see cref="Index"/> &gt; 0, otherwise (?:...).</summary>
internal sealed class GroupNode(int index, ReNode body) : ReNode
{
    public readonly int Index = index;
    public readonly ReNode Body = body;
}

/// <summary>(?aiLmsux-imsx:...): flags turned on and off for the body only.</summary>
internal sealed class FlagsNode(int add, int remove, ReNode body) : ReNode
{
    public readonly int Add = add, Remove = remove;
    public readonly ReNode Body = body;
}

internal sealed class LookNode(bool behind, bool negative, ReNode body) : ReNode
{
    public readonly bool Behind = behind, Negative = negative;
    public readonly ReNode Body = body;
}

internal sealed class AtomicNode(ReNode body) : ReNode
{
    public readonly ReNode Body = body;
}

internal enum RepeatKind { Greedy, Lazy, Possessive }

/// <summary>A quantified item; <see cref="Max"/> is -1 for no upper bound.</summary>
internal sealed class RepeatNode(ReNode body, long min, long max, RepeatKind kind) : ReNode
{
    public readonly ReNode Body = body;
    public readonly long Min = min, Max = max;
    public readonly RepeatKind Kind = kind;
}

internal sealed class BackrefNode(int group) : ReNode
{
    public readonly int Group = group;
}

/// <summary>(?(group)yes|no).</summary>
internal sealed class ConditionalNode(int group, ReNode yes, ReNode? no) : ReNode
{
    public readonly int Group = group;
    public readonly ReNode Yes = yes;
    public readonly ReNode? No = no;
}

internal sealed class AlternationNode(List<ReNode> branches) : ReNode
{
    public readonly List<ReNode> Branches = branches;
}

internal sealed class SequenceNode(List<ReNode> items) : ReNode
{
    public readonly List<ReNode> Items = items;
}

/// <summary>The result of parsing: the tree, the flags the pattern ends up with, and its groups.</summary>
internal sealed class ParsedPattern(ReNode root, int flags, int groupCount, Dictionary<string, int> groupIndex, int[] groupParents)
{
    public readonly ReNode Root = root;
    /// <summary>The caller's flags, the global inline flags, and UNICODE for a str pattern without ASCII.</summary>
    public readonly int Flags = flags;
    public readonly int GroupCount = groupCount;
    public readonly Dictionary<string, int> GroupIndex = groupIndex;
    /// <summary>For each group number, the capturing group that encloses it (0 for none); used for Match.lastindex.</summary>
    public readonly int[] GroupParents = groupParents;
}
