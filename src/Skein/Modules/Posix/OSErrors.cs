using System.Runtime.InteropServices;

namespace Skein.Modules.Posix;

/// <summary>
/// OSError construction with CPython's (errno, strerror[, filename[, winerror, filename2]]) arguments; the
/// OSError constructor picks the subclass (FileNotFoundError for ENOENT, ...). Also maps the .NET I/O
/// exceptions that managed APIs throw onto Linux errno values.
/// </summary>
public static unsafe class OSErrors
{
    /// <summary>The C library's message for an errno, as os.strerror and OSError.strerror show it.</summary>
    public static string StrError(int errno)
    {
        var buffer = stackalloc byte[256];
        try
        {
            var p = LibC.StrErrorR(errno, buffer, 256);
            if (p != null) return Marshal.PtrToStringUTF8((nint)p) ?? $"Unknown error {errno}";
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }
        return $"Unknown error {errno}";
    }

    public static PyException FromErrno(int errno) =>
        Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(StrError(errno)));

    /// <summary>The error for a failed call on a path; filename is the object the caller passed (str, bytes or path-like).</summary>
    public static PyException FromErrno(int errno, PyObject? filename) => filename == null
        ? FromErrno(errno)
        : Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(StrError(errno)), filename);

    public static PyException FromErrno(int errno, PyObject filename, PyObject filename2) =>
        Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(StrError(errno)), filename, PyNone.Instance, filename2);

    public static PyException FromErrno(int errno, string filename) => FromErrno(errno, new PyStr(filename));

    /// <summary>The errno of the last failing libc call as an OSError.</summary>
    public static PyException Last(PyObject? filename = null) => FromErrno(LibC.Errno, filename);

    /// <summary>An errno for an exception thrown by a .NET I/O API.</summary>
    public static int ErrnoOf(Exception e)
    {
        switch (e)
        {
            case FileNotFoundException or DirectoryNotFoundException:
                return LibC.ENOENT;
            case UnauthorizedAccessException:
                return LibC.EACCES;
            case PathTooLongException:
                return LibC.ENAMETOOLONG;
        }
        // On Unix, .NET stores the errno in the low bits of HResult for IOExceptions raised from a failing syscall.
        var code = e.HResult & 0xFFFF;
        if (e is IOException && code is > 0 and < 134) return code;
        var message = e.Message;
        if (message.Contains("exists", StringComparison.OrdinalIgnoreCase)) return LibC.EEXIST;
        if (message.Contains("Is a directory", StringComparison.OrdinalIgnoreCase)) return LibC.EISDIR;
        if (message.Contains("Not a directory", StringComparison.OrdinalIgnoreCase)) return LibC.ENOTDIR;
        return LibC.EIO;
    }

    public static PyException FromException(Exception e, PyObject? filename = null) => FromErrno(ErrnoOf(e), filename);
}
