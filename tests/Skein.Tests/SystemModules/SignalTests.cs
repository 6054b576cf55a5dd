using Skein.Modules;
using Skein.Objects;
using Skein.Runtime;
using Xunit;
using static Skein.Tests.SystemModules.ModuleHelpers;

namespace Skein.Tests.SystemModules;

public class SignalTests
{
    [Fact]
    public void HandlersAreStoredAndRun()
    {
        var sigusr1 = Attr("_signal", "SIGUSR1");
        Assert.Equal(10, L(sigusr1));
        Assert.Same(Attr("_signal", "default_int_handler"), Call("_signal", "getsignal", Attr("_signal", "SIGINT")));
        Assert.Same(Attr("_signal", "SIG_DFL"), Call("_signal", "getsignal", Attr("_signal", "SIGTERM")));
        var received = new List<long>();
        var handler = new PyBuiltinFunction("handler", (args, _) =>
        {
            received.Add(L(args[0]));
            return PyNone.Instance;
        });
        var old = Call("_signal", "signal", sigusr1, handler);
        Assert.Same(Attr("_signal", "SIG_DFL"), old);
        Assert.Same(handler, Call("_signal", "getsignal", sigusr1));
        Call("_signal", "raise_signal", sigusr1);
        Assert.Equal(new long[] { 10 }, received);
        Call("_signal", "signal", sigusr1, Attr("_signal", "SIG_IGN"));
        Call("_signal", "raise_signal", sigusr1);
        Assert.Single(received);
        var e = Raises(PyExc.TypeError, () => Call("_signal", "signal", sigusr1, S("x")));
        Assert.Equal("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object", Str(e.Args[0]));
        e = Raises(PyExc.ValueError, () => Call("_signal", "getsignal", I(0)));
        Assert.Equal("signal number out of range", Str(e.Args[0]));
        Raises(PyExc.KeyboardInterrupt, () => Ops.Call(Attr("_signal", "default_int_handler"), I(2), PyNone.Instance));
    }
}
