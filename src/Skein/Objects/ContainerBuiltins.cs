namespace Skein.Objects;

/// <summary>The builtins that are container or iterator types (list, dict, zip, map, enumerate, ...) (stub: the containers engineer fills it).</summary>
public static class ContainerBuiltins
{
    public static void AddTo(PyModule builtins)
    {
    }
}
