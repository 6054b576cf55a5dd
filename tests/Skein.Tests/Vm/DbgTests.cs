using Skein.Objects;
using Skein.Runtime;
using Xunit;
using Xunit.Abstractions;
namespace Skein.Tests.Vm;
public class DbgTests(ITestOutputHelper o)
{
    [Fact]
    public void Dbg()
    {
        var src = System.IO.File.ReadAllText("/tmp/dbg/src.py");
        _ = VmTestHost.Builtins;
        o.WriteLine(Skein.Vm.Disassembler.Disassemble(Skein.Compiler.PythonCompiler.CompileSource(src, "<t>", Skein.Compiler.CompileMode.Exec)));
        try { foreach (var l in VmTestHost.Output(src)) o.WriteLine(l); }
        catch (PyException e) { o.WriteLine("EXC " + e.Message); throw; }
    }
}
