using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Skein.Tests.Programs;

/// <summary>
/// A theory whose data rows are program names; rows naming a program listed in known-failures.txt
/// are reported as skipped with the listed reason instead of being run.
/// </summary>
[XunitTestCaseDiscoverer("Skein.Tests.Programs.ProgramTheoryDiscoverer", "Skein.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProgramTheoryAttribute : TheoryAttribute
{
}

public sealed class ProgramTheoryDiscoverer : TheoryDiscoverer
{
    public ProgramTheoryDiscoverer(IMessageSink diagnosticMessageSink) : base(diagnosticMessageSink)
    {
    }

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        if (dataRow.Length > 0 && dataRow[0] is string name && ProgramCatalog.KnownFailures.TryGetValue(name, out var reason))
            return CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, reason);
        return base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);
    }
}
