namespace Skein.Objects.Numbers;

/// <summary>Float arithmetic with Python semantics: floor division and modulo take the sign of the divisor, and errors replace IEEE specials where CPython raises.</summary>
public static class FloatArithmetic
{
    public static double Divide(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float division by zero");
        return x / y;
    }

    public static double Mod(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float modulo");
        return ModNonZero(x, y);
    }

    private static double ModNonZero(double x, double y)
    {
        var mod = x % y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        return mod;
    }

    public static double FloorDiv(double x, double y)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float floor division by zero");
        return DivModNonZero(x, y, out _);
    }

    public static double DivMod(double x, double y, out double mod)
    {
        if (y == 0) throw Errors.ZeroDivisionError("float divmod()");
        return DivModNonZero(x, y, out mod);
    }

    /// <summary>
    /// Floor quotient and remainder computed from fmod, so that q * y + mod reproduces x as closely as
    /// possible and the quotient is the floor of the exact one (as CPython's float_divmod guarantees).
    /// </summary>
    private static double DivModNonZero(double x, double y, out double modOut)
    {
        var mod = x % y;
        var div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5) floorDiv += 1.0;
        }
        else
        {
            floorDiv = Math.CopySign(0.0, x / y);
        }
        modOut = mod;
        return floorDiv;
    }

    /// <summary>True when x ** y has no real result (a negative finite base with a finite non-integer exponent): the result is complex.</summary>
    public static bool PowIsComplex(double x, double y) =>
        x < 0 && double.IsFinite(x) && double.IsFinite(y) && y != Math.Floor(y);

    /// <summary>x ** y for a real result; callers route <see cref="PowIsComplex"/> cases to complex power first.</summary>
    public static double Pow(double x, double y)
    {
        if (y == 0) return 1.0;
        if (x == 0 && y < 0 && !double.IsInfinity(y)) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
        return r;
    }

    /// <summary>CPython reports C's ERANGE as OverflowError(34, 'Numerical result out of range').</summary>
    public static PyException RangeError() =>
        Errors.New(PyExc.OverflowError, PyInt.From(34), new PyStr("Numerical result out of range"));
}
