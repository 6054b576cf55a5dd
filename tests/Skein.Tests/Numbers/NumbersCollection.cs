using Xunit;

namespace Skein.Tests.Numbers;

/// <summary>Number tests run one class at a time: one of them changes the process-wide int digit limit.</summary>
[CollectionDefinition(Name)]
public sealed class NumbersCollection
{
    public const string Name = "Numbers";
}
