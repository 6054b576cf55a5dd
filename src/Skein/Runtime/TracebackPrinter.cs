namespace Skein.Runtime;

/// <summary>Formats exceptions as CPython prints them (placeholder until the builtins branch lands the full printer).</summary>
public static class TracebackPrinter
{
    public static string Format(PyBaseException e)
    {
        var sb = new System.Text.StringBuilder();
        if (e.Traceback is Vm.PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var t = tb; t != null; t = t.Next)
                sb.Append($"  File \"{t.Frame.Code.Filename}\", line {t.LineNo}, in {t.Frame.Code.Name}\n");
        }
        var message = e.StrForMessage();
        sb.Append(message.Length == 0 ? e.Type.Name : $"{e.Type.Name}: {message}").Append('\n');
        return sb.ToString();
    }

    public static void Print(PyBaseException e, TextWriter? writer = null) => (writer ?? Console.Error).Write(Format(e));
}
