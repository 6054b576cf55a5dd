using Skein.Objects.Iterators;

namespace Skein.Objects;

/// <summary>The builtins that are container or iterator types (list, dict, zip, map, enumerate, ...).</summary>
public static class ContainerBuiltins
{
    public static void AddTo(PyModule builtins)
    {
        builtins.Set("list", PyTypes.List);
        builtins.Set("tuple", PyTypes.Tuple);
        builtins.Set("dict", PyTypes.Dict);
        builtins.Set("set", PyTypes.Set);
        builtins.Set("frozenset", PyTypes.FrozenSet);
        builtins.Set("range", PyTypes.Range);
        builtins.Set("slice", PyTypes.Slice);
        builtins.Set("enumerate", Enumerate.EnumerateType);
        builtins.Set("zip", Zip.ZipType);
        builtins.Set("map", Map.MapType);
        builtins.Set("filter", Filter.FilterType);
        builtins.Set("reversed", Reversed.ReversedType);
    }
}
