namespace Skein.Modules.Zlib;

/// <summary>The zlib.error exceptions decompression raises, worded as CPython words zlib's return codes.</summary>
public static class ZlibError
{
    /// <summary>Z_DATA_ERROR (-3) with zlib's message for the corruption found.</summary>
    public static PyException Data(string message) => ZlibModule.Error($"Error -3 while decompressing data: {message}");

    /// <summary>Z_NEED_DICT (2): the stream was compressed with a preset dictionary.</summary>
    public static PyException NeedDictionary() => ZlibModule.Error("Error 2 while decompressing data");
}
