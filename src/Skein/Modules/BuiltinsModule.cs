using Skein.Modules.Builtins;

namespace Skein.Modules;

/// <summary>
/// The builtins module. The functions live in Modules/Builtins/ grouped by theme; the VM's builtins
/// (__build_class__, exec, eval, ...) and the container types come from VmBuiltins and ContainerBuiltins.
/// </summary>
[BuiltinModule("builtins")]
public static class BuiltinsModule
{
    public static void Init(PyModule module)
    {
        module.Set("__doc__", new PyStr("Built-in functions, types, exceptions, and other objects."));
        module.Set("None", PyNone.Instance);
        module.Set("True", PyBool.True);
        module.Set("False", PyBool.False);
        module.Set("Ellipsis", PyEllipsis.Instance);
        module.Set("NotImplemented", PyNotImplemented.Instance);
        module.Set("__debug__", PyBool.True);

        module.Set("object", PyTypes.Object);
        module.Set("type", PyTypes.Type);
        module.Set("int", PyTypes.Int);
        module.Set("bool", PyTypes.Bool);
        module.Set("float", PyTypes.Float);
        module.Set("complex", PyTypes.Complex);
        module.Set("str", PyTypes.Str);
        module.Set("bytes", PyTypes.Bytes);
        module.Set("bytearray", PyTypes.ByteArray);
        module.Set("memoryview", PyTypes.MemoryView);
        module.Set("property", PyTypes.Property);
        module.Set("classmethod", PyTypes.ClassMethod);
        module.Set("staticmethod", PyTypes.StaticMethod);
        module.Set("super", PyTypes.Super);

        foreach (var exc in PyExc.All) module.Set(exc.Name, exc);
        module.Set("EnvironmentError", PyExc.OSError);
        module.Set("IOError", PyExc.OSError);

        NumericFunctions.AddTo(module);
        IterationFunctions.AddTo(module);
        ObjectFunctions.AddTo(module);
        TextFunctions.AddTo(module);
        IoFunctions.AddTo(module);
        ImportFunction.AddTo(module);
        ExitFunctions.AddTo(module);

        Vm.VmBuiltins.AddTo(module);
        ContainerBuiltins.AddTo(module);
        if (module.Dict.GetItemOrNull("dir") == null) ObjectFunctions.AddDir(module);
    }
}
