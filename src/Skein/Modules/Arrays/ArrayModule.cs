namespace Skein.Modules.Arrays;

/// <summary>The array module: array.array, efficient arrays of numeric values and characters.</summary>
[BuiltinModule("array")]
public static class ArrayModule
{
    public static readonly PyType ArrayType = PyTypes.Define("array", null, ArrayMethods.Init, isBaseType: true, module: "array");

    public static void Init(PyModule m)
    {
        m.Set("array", ArrayType);
        m.Set("ArrayType", ArrayType);
        m.Set("typecodes", new PyStr(ArrayFormat.TypeCodes));
        m.DefFunction("_array_reconstructor", (args, kw) =>
        {
            ArgParser.NoKeywords("_array_reconstructor", kw);
            ArgParser.Range("_array_reconstructor", args, 4, 4);
            if (args[0] is not PyType type || !type.IsSubtypeOf(ArrayType))
                throw Errors.TypeError($"first argument must be a type object, not {args[0].Type.Name}");
            var format = args[1] is PyStr { Value.Length: 1 } code ? ArrayFormat.Find(code.Value[0]) : null;
            if (format == null) throw Errors.ValueError("second argument must be a valid type code");
            if (args[3] is not PyBytes items) throw Errors.TypeError($"fourth argument should be bytes, not {args[3].Type.Name}");
            var data = items.Value;
            if (data.Length % format.ItemSize != 0) throw Errors.ValueError("string length not a multiple of item size");
            return new PyArray(type, format, data.ToArray());
        }, "Internal. Used for pickling support.");
    }
}
