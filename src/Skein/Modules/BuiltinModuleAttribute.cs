namespace Skein.Modules;

/// <summary>
/// Marks a static class that implements a module in C#. The class has
/// <c>public static void Init(PyModule module)</c>, called once, the first time the module is imported.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BuiltinModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
