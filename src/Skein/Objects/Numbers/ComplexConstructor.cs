namespace Skein.Objects.Numbers;

/// <summary>complex(real=0, imag=0): the constructor of complex and of its Python subclasses.</summary>
public static class ComplexConstructor
{
    private static readonly string[] s_names = ["real", "imag"];
    private static readonly PyStr s_complexName = PyStr.Intern("__complex__");

    public static readonly NewSlot New = (type, args, kwargs) =>
    {
        var a = ArgParser.Parse("complex", args, kwargs, s_names);
        var r = a[0];
        var i = a[1];
        if (r == null) return Make(type, 0, i == null ? 0 : ImagOnly(i));
        if (r is PyStr s)
        {
            if (i != null) throw Errors.TypeError("complex() can't take second arg if first is a string");
            var parsed = ComplexParsing.Parse(s.Value, s);
            return Make(type, parsed.Real, parsed.Imag);
        }
        if (i is PyStr) throw Errors.TypeError("complex() second arg can't be a string");
        if (r is PyComplex exact && i == null && ReferenceEquals(type, PyTypes.Complex) && ReferenceEquals(r.Type, PyTypes.Complex)) return exact;
        var special = Ops.LookupSpecial(r, s_complexName);
        if (special != null)
        {
            var result = Ops.Call(special);
            r = result as PyComplex ?? throw Errors.TypeError($"__complex__ returned non-complex (type {result.Type.Name})");
        }
        if (!IsNumber(r)) throw Errors.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        if (i != null && !IsNumber(i)) throw Errors.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        double crReal, crImag = 0, ciReal, ciImag = 0;
        var crComplex = false;
        if (r is PyComplex rc)
        {
            crReal = rc.Real;
            crImag = rc.Imag;
            crComplex = true;
        }
        else
        {
            crReal = FloatConstructor.ToDouble(r);
        }
        var ciComplex = false;
        if (i == null)
        {
            ciReal = crImag;
        }
        else if (i is PyComplex ic)
        {
            ciReal = ic.Real;
            ciImag = ic.Imag;
            ciComplex = true;
        }
        else
        {
            ciReal = FloatConstructor.ToDouble(i);
        }
        // real + imag*1j, computed by parts so that signed zeros and infinities survive.
        if (ciComplex) crReal -= ciImag;
        if (crComplex && i != null) ciReal += crImag;
        return Make(type, crReal, ciReal);
    };

    private static double ImagOnly(PyObject i)
    {
        if (i is PyStr) throw Errors.TypeError("complex() second arg can't be a string");
        if (!IsNumber(i)) throw Errors.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        return i is PyComplex c ? c.Real : FloatConstructor.ToDouble(i);
    }

    private static bool IsNumber(PyObject o) => o is PyComplex || o.Type.Float != null || o.Type.Index != null;

    private static PyComplex Make(PyType type, double real, double imag) =>
        ReferenceEquals(type, PyTypes.Complex) ? new PyComplex(real, imag) : new ComplexSubclassInstance(type, real, imag);
}
