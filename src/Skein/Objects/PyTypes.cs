namespace Skein.Objects;

/// <summary>
/// The built-in types the runtime itself refers to. Creation happens in two phases inside the static
/// constructor: first every type object is allocated bare (so any static initialiser that runs later can
/// already read these fields), then each type's InitType fills its slots and methods and FinishBuiltin
/// completes it, bases before subclasses. Types that only one file uses (iterators, views) are created
/// in that file with <see cref="Define"/>.
/// </summary>
public static class PyTypes
{
    public static readonly PyType Type, Object;
    public static readonly PyType Int, Bool, Float, Complex;
    public static readonly PyType Str, Bytes, ByteArray, MemoryView;
    public static readonly PyType List, Tuple, Dict, Set, FrozenSet, Range, Slice;
    public static readonly PyType NoneType, NotImplementedType, EllipsisType;
    public static readonly PyType Module, Cell, Function, Code, Frame, Traceback;
    public static readonly PyType Generator, Coroutine, AsyncGenerator;
    public static readonly PyType BuiltinFunction, MethodDescriptor, ClassMethodDescriptor, GetSetDescriptor, MemberDescriptor, SlotWrapper, MethodWrapper;
    public static readonly PyType Method, Property, ClassMethod, StaticMethod, Super, MappingProxy;

    static PyTypes()
    {
        Type = new PyType(null, "type");
        Type.Type = Type;
        Object = new PyType(Type, "object");
        Type.Base = Object;
        var all = new List<PyType> { Object, Type };
        PyType Raw(string name, PyType? baseType = null, bool isBaseType = true)
        {
            var t = new PyType(Type, name) { Base = baseType ?? Object, IsBaseType = isBaseType };
            all.Add(t);
            return t;
        }
        Int = Raw("int");
        Bool = Raw("bool", Int, isBaseType: false);
        Float = Raw("float");
        Complex = Raw("complex");
        Str = Raw("str");
        Bytes = Raw("bytes");
        ByteArray = Raw("bytearray");
        MemoryView = Raw("memoryview", isBaseType: false);
        List = Raw("list");
        Tuple = Raw("tuple");
        Dict = Raw("dict");
        Set = Raw("set");
        FrozenSet = Raw("frozenset");
        Range = Raw("range", isBaseType: false);
        Slice = Raw("slice", isBaseType: false);
        NoneType = Raw("NoneType", isBaseType: false);
        NotImplementedType = Raw("NotImplementedType", isBaseType: false);
        EllipsisType = Raw("ellipsis", isBaseType: false);
        Module = Raw("module");
        Cell = Raw("cell", isBaseType: false);
        Function = Raw("function", isBaseType: false);
        Code = Raw("code", isBaseType: false);
        Frame = Raw("frame", isBaseType: false);
        Traceback = Raw("traceback", isBaseType: false);
        Generator = Raw("generator", isBaseType: false);
        Coroutine = Raw("coroutine", isBaseType: false);
        AsyncGenerator = Raw("async_generator", isBaseType: false);
        BuiltinFunction = Raw("builtin_function_or_method", isBaseType: false);
        MethodDescriptor = Raw("method_descriptor", isBaseType: false);
        ClassMethodDescriptor = Raw("classmethod_descriptor", isBaseType: false);
        GetSetDescriptor = Raw("getset_descriptor", isBaseType: false);
        MemberDescriptor = Raw("member_descriptor", isBaseType: false);
        SlotWrapper = Raw("wrapper_descriptor", isBaseType: false);
        MethodWrapper = Raw("method-wrapper", isBaseType: false);
        Method = Raw("method", isBaseType: false);
        Property = Raw("property");
        ClassMethod = Raw("classmethod");
        StaticMethod = Raw("staticmethod");
        Super = Raw("super");
        MappingProxy = Raw("mappingproxy", isBaseType: false);

        // Phase two: dicts allocated before 'dict' existed get their type now, then each type is filled.
        foreach (var t in all) t.Dict.Type = Dict;
        // PyTuple.Empty is created by the first PyType field initialiser, before Tuple existed.
        PyTuple.Empty.Type = Tuple;
        foreach (var t in all) t.Bases = t.Base == null ? PyTuple.Empty : new PyTuple([t.Base]);
        // The empty tuple singleton was allocated (by PyType's field initialiser) before 'tuple' existed.
        PyTuple.Empty.Type = Tuple;

        ObjectType.InitType(Object);
        Object.FinishBuiltin();
        TypeType.InitType(Type);
        Type.FinishBuiltin();

        PyInt.InitType(Int);
        PyBool.InitType(Bool);
        PyFloat.InitType(Float);
        PyComplex.InitType(Complex);
        PyStr.InitType(Str);
        PyBytes.InitType(Bytes);
        PyByteArray.InitType(ByteArray);
        PyMemoryView.InitType(MemoryView);
        PyList.InitType(List);
        PyTuple.InitType(Tuple);
        PyDict.InitType(Dict);
        PySet.InitType(Set);
        PyFrozenSet.InitType(FrozenSet);
        PyRange.InitType(Range);
        PySlice.InitType(Slice);
        PyNone.InitType(NoneType);
        PyNotImplemented.InitType(NotImplementedType);
        PyEllipsis.InitType(EllipsisType);
        PyModule.InitType(Module);
        PyCell.InitType(Cell);
        Vm.PyFunction.InitType(Function);
        Vm.PyCode.InitType(Code);
        Vm.PyFrame.InitType(Frame);
        Vm.PyTraceback.InitType(Traceback);
        Vm.PyGenerator.InitTypes(Generator, Coroutine, AsyncGenerator);
        PyBuiltinFunction.InitType(BuiltinFunction);
        PyMethodDescriptor.InitType(MethodDescriptor);
        PyClassMethodDescriptor.InitType(ClassMethodDescriptor);
        PyGetSetDescriptor.InitType(GetSetDescriptor);
        PyMemberDescriptor.InitType(MemberDescriptor);
        SlotWrappers.InitTypes(SlotWrapper, MethodWrapper);
        PyMethod.InitType(Method);
        PyProperty.InitType(Property);
        PyClassMethod.InitType(ClassMethod);
        PyStaticMethod.InitType(StaticMethod);
        PySuper.InitType(Super);
        PyMappingProxy.InitType(MappingProxy);

        foreach (var t in all)
            if (t != Object && t != Type) t.FinishBuiltin();
        foreach (var (t, doc) in BuiltinDocs())
            if (t.Dict.GetItemOrNull(Names.__doc__) is null or PyNone) t.Dict.SetItem(Names.__doc__, new PyStr(doc));
    }

    /// <summary>Short docstrings of the built-in types (their __doc__; help() shows them).</summary>
    private static IEnumerable<(PyType, string)> BuiltinDocs() =>
    [
        (Object, "The base class of the class hierarchy."),
        (Type, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
        (Int, "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer."),
        (Bool, "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise."),
        (Float, "Convert a string or number to a floating point number, if possible."),
        (Complex, "Create a complex number from a real part and an optional imaginary part."),
        (Str, "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object."),
        (Bytes, "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes"),
        (ByteArray, "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray"),
        (List, "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list."),
        (Tuple, "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple."),
        (Dict, "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's (key, value) pairs"),
        (Set, "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."),
        (FrozenSet, "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."),
        (Range, "range(stop) -> range object\nrange(start, stop[, step]) -> range object"),
        (Slice, "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object."),
        (Property, "Property attribute."),
        (StaticMethod, "Convert a function to be a static method."),
        (ClassMethod, "Convert a function to be a class method."),
        (Super, "super() -> same as super(__class__, <first argument>)"),
        (MemoryView, "Create a new memoryview object which references the given object."),
    ];

    /// <summary>Creates and completes a built-in type used by one file only (an iterator, a view, a module's class).</summary>
    public static PyType Define(string name, PyType? baseType, Action<PyType> init, bool isBaseType = false, string? module = null)
    {
        var t = PyType.CreateBuiltin(name, baseType ?? Object, isBaseType);
        if (module != null) t.Dict.SetItem(Names.__module__, new PyStr(module));
        init(t);
        t.FinishBuiltin();
        return t;
    }
}
