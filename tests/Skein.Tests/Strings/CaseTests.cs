using Xunit;

namespace Skein.Tests.Strings;

/// <summary>Each case is an expression whose repr (or error) CPython 3.11 printed; Skein must print the same.</summary>
public class CaseTests
{
    private static void Check((string Expr, string Expected)[] cases)
    {
        var failures = new List<string>();
        foreach (var (expr, expected) in cases)
        {
            string actual;
            try
            {
                actual = MiniEval.Run(expr);
            }
            catch (Exception e)
            {
                actual = "CLR " + e.GetType().Name + ": " + e.Message;
            }
            if (actual != expected) failures.Add($"{expr}\n    expected: {expected}\n    actual:   {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} failed:\n" + string.Join("\n", failures));
    }

    [Fact] public void StrBasics() => Check(CaseData.StrBasics);
    [Fact] public void StrRepr() => Check(CaseData.StrRepr);
    [Fact] public void StrSearch() => Check(CaseData.StrSearch);
    [Fact] public void StrSplit() => Check(CaseData.StrSplit);
    [Fact] public void StrCase() => Check(CaseData.StrCase);
    [Fact] public void StrLayout() => Check(CaseData.StrLayout);
    [Fact] public void StrTranslate() => Check(CaseData.StrTranslate);
    [Fact] public void StrFormat() => Check(CaseData.StrFormat);
    [Fact] public void StrPercent() => Check(CaseData.StrPercent);
    [Fact] public void StrCodecs() => Check(CaseData.StrCodecs);
    [Fact] public void Bytes() => Check(CaseData.Bytes);
    [Fact] public void BytesMethods() => Check(CaseData.BytesMethods);
    [Fact] public void MemoryView() => Check(CaseData.MemoryView);
}
