using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Skein.Modules;

/// <summary>_socket.socket: one .NET Socket with CPython's blocking/timeout semantics and errno-carrying errors.</summary>
public sealed unsafe partial class PySocket : PyObject
{
    public static readonly PyType PySocketType = PyTypes.Define("socket", null, InitType, isBaseType: true, module: "_socket");

    public static double? DefaultTimeout;

    private Socket? _socket;
    private int _family, _kind, _proto;
    private double? _timeout;
    private PyDict? _dict;

    private PySocket(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyDict? InstanceDict { get => _dict; set => _dict = value; }

    internal static PyObject FamilyEnum(int family) => PyInt.From(family);
    internal static PyObject KindEnum(int kind) => PyInt.From(kind);

    internal static double? ParseTimeout(PyObject value)
    {
        if (value is PyNone) return null;
        var t = Ops.AsDouble(value);
        if (double.IsNaN(t)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (t < 0) throw Errors.ValueError("Timeout value out of range");
        return t;
    }

    private Socket Sock => _socket ?? throw Errors.New(PyExc.OSError, PyInt.From(9), new PyStr("Bad file descriptor"));

    internal static PyObject SockAddr(EndPoint? ep) => ep switch
    {
        IPEndPoint ip when ip.AddressFamily == AddressFamily.InterNetworkV6 =>
            PyTuple.Create(new PyStr(ip.Address.ToString().Split('%')[0]), PyInt.From(ip.Port), PyInt.From(0), PyInt.From(ip.Address.ScopeId)),
        IPEndPoint ip => PyTuple.Create(new PyStr(ip.Address.ToString()), PyInt.From(ip.Port)),
        UnixDomainSocketEndPoint u => new PyStr(u.ToString() ?? ""),
        null => PyNone.Instance,
        _ => new PyStr(ep.ToString() ?? ""),
    };

    private EndPoint ParseAddress(PyObject address)
    {
        if (_family == SocketModule.AF_UNIX)
        {
            var path = address is PyBytes b ? System.Text.Encoding.UTF8.GetString(b.Value) : Ops.Str(address);
            return new UnixDomainSocketEndPoint(path);
        }
        if (address is not PyTuple t || t.Count < 2)
            throw Errors.TypeError($"{(_family == SocketModule.AF_INET ? "AF_INET" : "AF_INET6")} address must be a tuple, not {address.Type.Name}");
        var host = t[0] is PyBytes hb ? System.Text.Encoding.ASCII.GetString(hb.Value) : Ops.Str(t[0]);
        var port = Ops.AsInt32(t[1]);
        if (port is < 0 or > 65535) throw Errors.OverflowError("bind(): port must be 0-65535.");
        var ip = SocketModule.Resolve(host, _family).FirstOrDefault()
            ?? throw Errors.New(SocketModule.GaiError, PyInt.From(-2), new PyStr("Name or service not known"));
        return new IPEndPoint(ip, port);
    }

    /// <summary>The Python OSError for a .NET socket failure, with the Linux errno CPython would report.</summary>
    private static PyException Error(SocketException e)
    {
        var (errno, type) = e.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => (111, PyExc.ConnectionRefusedError),
            SocketError.ConnectionReset => (104, PyExc.ConnectionResetError),
            SocketError.ConnectionAborted => (103, PyExc.ConnectionAbortedError),
            SocketError.Shutdown => (32, PyExc.BrokenPipeError),
            SocketError.AddressAlreadyInUse => (98, PyExc.OSError),
            SocketError.AddressNotAvailable => (99, PyExc.OSError),
            SocketError.WouldBlock => (11, PyExc.BlockingIOError),
            SocketError.InProgress => (115, PyExc.BlockingIOError),
            SocketError.AlreadyInProgress => (114, PyExc.BlockingIOError),
            SocketError.TimedOut => (110, PyExc.TimeoutError),
            SocketError.NotConnected => (107, PyExc.OSError),
            SocketError.IsConnected => (106, PyExc.OSError),
            SocketError.HostUnreachable => (113, PyExc.OSError),
            SocketError.NetworkUnreachable => (101, PyExc.OSError),
            SocketError.AccessDenied => (13, PyExc.PermissionError),
            SocketError.InvalidArgument => (22, PyExc.OSError),
            SocketError.OperationAborted => (9, PyExc.OSError),
            _ => (e.ErrorCode, PyExc.OSError),
        };
        var message = errno switch
        {
            111 => "Connection refused",
            104 => "Connection reset by peer",
            98 => "Address already in use",
            32 => "Broken pipe",
            11 => "Resource temporarily unavailable",
            110 => "Connection timed out",
            107 => "Transport endpoint is not connected",
            9 => "Bad file descriptor",
            _ => e.Message,
        };
        return Errors.New(type, PyInt.From(errno), new PyStr(message));
    }

    private static PyException TimedOut() => Errors.New(PyExc.TimeoutError, "timed out");

    /// <summary>Runs a blocking socket operation with the socket's timeout, releasing the optional GIL.</summary>
    private T Blocking<T>(Func<Socket, T> operation, SelectMode mode)
    {
        var s = Sock;
        try
        {
            if (_timeout is { } t && t > 0)
            {
                bool ready;
                using (GlobalInterpreterLock.Blocking()) ready = s.Poll(TimeSpan.FromSeconds(t), mode);
                if (!ready) throw TimedOut();
            }
            using (GlobalInterpreterLock.Blocking()) return operation(s);
        }
        catch (SocketException e)
        {
            throw Error(e);
        }
        catch (ObjectDisposedException)
        {
            throw Errors.New(PyExc.OSError, PyInt.From(9), new PyStr("Bad file descriptor"));
        }
    }

    private void ApplyTimeout()
    {
        if (_socket == null) return;
        _socket.Blocking = _timeout != 0;
    }

    [LibraryImport("libc", EntryPoint = "socketpair", SetLastError = true)]
    private static partial int NativeSocketPair(int domain, int type, int protocol, int* sv);

    private const int SOCK_CLOEXEC = 0x80000;

    /// <summary>recv sizes up to this get an exact buffer; larger ones receive into a pooled array.</summary>
    private const int SmallReceive = 8192;

    public static PyObject SocketPair(int family, int type)
    {
        if (family != SocketModule.AF_UNIX && family != SocketModule.AF_INET) throw Errors.ValueError("Only AF_INET and AF_UNIX families are supported");
        if (family == SocketModule.AF_UNIX)
        {
            // A real socketpair(2), as CPython's: .NET has no API for one, but adopts the descriptors.
            var fds = stackalloc int[2];
            if (NativeSocketPair(SocketModule.AF_UNIX, type | SOCK_CLOEXEC, 0, fds) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw Errors.New(PyExc.OSError, PyInt.From(errno), new PyStr(Marshal.GetPInvokeErrorMessage(errno)));
            }
            return PyTuple.Create(Wrap(new Socket(new SafeSocketHandle(fds[0], true)), family, type, 0),
                Wrap(new Socket(new SafeSocketHandle(fds[1], true)), family, type, 0));
        }
        if (type != SocketModule.SOCK_STREAM) throw Errors.New(PyExc.OSError, PyInt.From(95), new PyStr("Operation not supported"));
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var a = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        a.Connect(listener.LocalEndPoint!);
        var b = listener.Accept();
        return PyTuple.Create(Wrap(a, SocketModule.AF_INET, SocketModule.SOCK_STREAM, 0), Wrap(b, SocketModule.AF_INET, SocketModule.SOCK_STREAM, 0));
    }

    private static PySocket Wrap(Socket s, int family, int kind, int proto) =>
        new(PySocketType) { _socket = s, _family = family, _kind = kind, _proto = proto, _timeout = DefaultTimeout };

    private static PySocket Self(PyObject o) => (PySocket)o;

    private static byte[] BytesOf(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        _ => Ops.Call(PyTypes.Bytes, o) is PyBytes b2 ? b2.Value : throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    private static void InitType(PyType t)
    {
        t.New = (type, _, _) => new PySocket(type);
        t.Init = (self, args, kw) =>
        {
            var a = ArgParser.Parse("socket", args, kw, ["family", "type", "proto", "fileno"]);
            var s = Self(self);
            s._family = a[0] is null or PyNone ? SocketModule.AF_INET : Ops.AsInt32(a[0]!);
            s._kind = (a[1] is null or PyNone ? SocketModule.SOCK_STREAM : Ops.AsInt32(a[1]!)) & ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC);
            s._proto = a[2] is null or PyNone ? 0 : Ops.AsInt32(a[2]!);
            s._timeout = DefaultTimeout;
            if (a[3] is not null and not PyNone)
                throw Errors.New(PyExc.OSError, PyInt.From(22), new PyStr("socket(fileno=...) is not supported by Skein"));
            var family = s._family switch
            {
                SocketModule.AF_INET => AddressFamily.InterNetwork,
                SocketModule.AF_INET6 => AddressFamily.InterNetworkV6,
                SocketModule.AF_UNIX => AddressFamily.Unix,
                _ => throw Errors.New(PyExc.OSError, PyInt.From(97), new PyStr("Address family not supported by protocol")),
            };
            var kind = s._kind switch
            {
                SocketModule.SOCK_STREAM => SocketType.Stream,
                SocketModule.SOCK_DGRAM => SocketType.Dgram,
                _ => SocketType.Raw,
            };
            var proto = family == AddressFamily.Unix ? ProtocolType.Unspecified
                : kind == SocketType.Stream ? ProtocolType.Tcp : kind == SocketType.Dgram ? ProtocolType.Udp : (ProtocolType)s._proto;
            try
            {
                s._socket = new Socket(family, kind, proto);
            }
            catch (SocketException e)
            {
                throw Error(e);
            }
            s.ApplyTimeout();
        };
        t.DefMethod("bind", (self, args, _) =>
        {
            ArgParser.Exactly("bind", args, 1);
            var s = Self(self);
            try
            {
                s.Sock.Bind(s.ParseAddress(args[0]));
            }
            catch (SocketException e)
            {
                throw Error(e);
            }
            return PyNone.Instance;
        });
        t.DefMethod("listen", (self, args, _) =>
        {
            try
            {
                Self(self).Sock.Listen(args.Length > 0 ? Ops.AsInt32(args[0]) : 128);
            }
            catch (SocketException e)
            {
                throw Error(e);
            }
            return PyNone.Instance;
        });
        t.DefMethod("_accept", (self, _, _) =>
        {
            var s = Self(self);
            var client = s.Blocking(sock => sock.Accept(), SelectMode.SelectRead);
            var wrapped = Wrap(client, s._family, s._kind, s._proto);
            wrapped._timeout = DefaultTimeout;
            wrapped.ApplyTimeout();
            return PyTuple.Create(wrapped, SockAddr(client.RemoteEndPoint));
        });
        t.DefMethod("connect", (self, args, _) =>
        {
            ArgParser.Exactly("connect", args, 1);
            var s = Self(self);
            var ep = s.ParseAddress(args[0]);
            Connect(s, ep);
            return PyNone.Instance;
        });
        t.DefMethod("connect_ex", (self, args, _) =>
        {
            ArgParser.Exactly("connect_ex", args, 1);
            var s = Self(self);
            try
            {
                Connect(s, s.ParseAddress(args[0]));
                return PyInt.From(0);
            }
            catch (PyException e) when (e.Is(PyExc.OSError) && Ops.GetAttrOrNull(e.Value, "errno") is PyInt errno)
            {
                return errno;
            }
        });
        t.DefMethod("send", (self, args, _) =>
        {
            var data = BytesOf(args[0]);
            return PyInt.From(Self(self).Blocking(sock => sock.Send(data), SelectMode.SelectWrite));
        });
        t.DefMethod("sendall", (self, args, _) =>
        {
            var data = BytesOf(args[0]);
            var s = Self(self);
            var offset = 0;
            while (offset < data.Length)
                offset += s.Blocking(sock => sock.Send(data, offset, data.Length - offset, SocketFlags.None), SelectMode.SelectWrite);
            return PyNone.Instance;
        });
        t.DefMethod("sendto", (self, args, _) =>
        {
            var data = BytesOf(args[0]);
            var s = Self(self);
            var ep = s.ParseAddress(args[^1]);
            return PyInt.From(s.Blocking(sock => sock.SendTo(data, ep), SelectMode.SelectWrite));
        });
        t.DefMethod("recv", (self, args, _) =>
        {
            var n = Ops.AsInt32(args[0]);
            if (n < 0) throw Errors.ValueError("negative buffersize in recv");
            var flags = args.Length > 1 ? (SocketFlags)Ops.AsInt32(args[1]) : SocketFlags.None;
            if (n <= SmallReceive)
            {
                var small = new byte[n];
                var count = Self(self).Blocking(sock => sock.Receive(small, 0, n, flags), SelectMode.SelectRead);
                return new PyBytes(count == n ? small : small[..count]);
            }
            // Callers ask for far more than usually arrives (asyncio's transports: 256 KiB per read); a fresh
            // buffer that size would be a large-object allocation per call, so receive into a pooled one.
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(n);
            try
            {
                var got = Self(self).Blocking(sock => sock.Receive(buffer, 0, n, flags), SelectMode.SelectRead);
                return new PyBytes(buffer[..got]);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        });
        t.DefMethod("recv_into", (self, args, _) =>
        {
            var target = args[0];
            var n = args.Length > 1 && Ops.AsInt32(args[1]) > 0 ? Ops.AsInt32(args[1]) : (int)Ops.Len(target);
            var buffer = new byte[n];
            var got = Self(self).Blocking(sock => sock.Receive(buffer, 0, n, SocketFlags.None), SelectMode.SelectRead);
            Ops.SetItem(target, new PySlice(PyInt.From(0), PyInt.From(got), PyNone.Instance), new PyBytes(buffer[..got]));
            return PyInt.From(got);
        });
        t.DefMethod("recvfrom", (self, args, _) =>
        {
            var n = Ops.AsInt32(args[0]);
            var s = Self(self);
            var buffer = new byte[n];
            // Only the family of this placeholder matters: ReceiveFrom replaces it with the sender's address.
            EndPoint from = s._family switch
            {
                SocketModule.AF_INET6 => new IPEndPoint(IPAddress.IPv6Any, 0),
                SocketModule.AF_UNIX => new UnixDomainSocketEndPoint("/"),
                _ => new IPEndPoint(IPAddress.Any, 0),
            };
            var placeholder = from;
            var got = s.Blocking(sock => sock.ReceiveFrom(buffer, ref from), SelectMode.SelectRead);
            // A datagram from an unbound Unix socket has no address: the placeholder stays, or comes back empty.
            var unnamed = s._family == SocketModule.AF_UNIX && (ReferenceEquals(from, placeholder) || from.ToString() is "" or "/");
            return PyTuple.Create(new PyBytes(buffer[..got]), unnamed ? PyNone.Instance : SockAddr(from));
        });
        t.DefMethod("settimeout", (self, args, _) =>
        {
            ArgParser.Exactly("settimeout", args, 1);
            var s = Self(self);
            s._timeout = ParseTimeout(args[0]);
            s.ApplyTimeout();
            return PyNone.Instance;
        });
        t.DefMethod("gettimeout", (self, _, _) => Self(self)._timeout is { } v ? new PyFloat(v) : PyNone.Instance);
        t.DefMethod("setblocking", (self, args, _) =>
        {
            var s = Self(self);
            s._timeout = Ops.IsTrue(args[0]) ? null : 0.0;
            s.ApplyTimeout();
            return PyNone.Instance;
        });
        t.DefMethod("getblocking", (self, _, _) => PyBool.From(Self(self)._timeout != 0));
        t.DefMethod("setsockopt", (self, args, _) =>
        {
            var s = Self(self);
            var level = Ops.AsInt32(args[0]);
            var option = Ops.AsInt32(args[1]);
            try
            {
                var (l, o) = MapOption(level, option);
                if (args[2] is PyInt) s.Sock.SetSocketOption(l, o, Ops.AsInt32(args[2]));
                else s.Sock.SetSocketOption(l, o, BytesOf(args[2]));
            }
            catch (SocketException e)
            {
                throw Error(e);
            }
            return PyNone.Instance;
        });
        t.DefMethod("getsockopt", (self, args, _) =>
        {
            var s = Self(self);
            var level = Ops.AsInt32(args[0]);
            var option = Ops.AsInt32(args[1]);
            if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_TYPE) return PyInt.From(s._kind);
            if (level == SocketModule.SOL_SOCKET && option == SocketModule.SO_ERROR)
            {
                // The pending error of a non-blocking connect, as a Linux errno (0 when none).
                var pending = s.Sock.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error);
                var code = pending is int i ? (SocketError)i : SocketError.Success;
                return PyInt.From(code == SocketError.Success ? 0 : Ops.AsLong(Ops.GetAttr(Error(new SocketException((int)code)).Value, "errno")));
            }
            var (l, o) = MapOption(level, option);
            return s.Sock.GetSocketOption(l, o) switch
            {
                int i => PyInt.From(i),
                bool b => PyInt.From(b ? 1 : 0),
                byte[] bytes => new PyBytes(bytes),
                var other => PyInt.From(Convert.ToInt64(other)),
            };
        });
        t.DefMethod("getsockname", (self, _, _) => SockAddr(Self(self).Sock.LocalEndPoint));
        t.DefMethod("getpeername", (self, _, _) =>
        {
            try
            {
                var remote = Self(self).Sock.RemoteEndPoint;
                if (remote == null || !Self(self).Sock.Connected)
                    throw Errors.New(PyExc.OSError, PyInt.From(107), new PyStr("Transport endpoint is not connected"));
                return SockAddr(remote);
            }
            catch (SocketException e)
            {
                throw Error(e);
            }
        });
        t.DefMethod("shutdown", (self, args, _) =>
        {
            try
            {
                Self(self).Sock.Shutdown((SocketShutdown)Ops.AsInt32(args[0]));
            }
            catch (SocketException e)
            {
                throw Error(e);
            }
            return PyNone.Instance;
        });
        t.DefMethod("close", (self, _, _) =>
        {
            var s = Self(self);
            s._socket?.Dispose();
            s._socket = null;
            return PyNone.Instance;
        });
        t.DefMethod("detach", (self, _, _) =>
        {
            var s = Self(self);
            var fd = s._socket?.Handle.ToInt64() ?? -1;
            s._socket = null;
            return PyInt.From(fd);
        });
        t.DefMethod("_adopt", (self, args, _) =>
        {
            // Moves the .NET socket of another _socket.socket into this one (accept() and socketpair() results).
            var s = Self(self);
            var other = args[0] as PySocket ?? throw Errors.TypeError("_adopt() needs a socket");
            (s._socket, s._family, s._kind, s._proto, s._timeout) = (other._socket, other._family, other._kind, other._proto, other._timeout);
            other._socket = null;
            return PyNone.Instance;
        });
        t.DefMethod("fileno", (self, _, _) => PyInt.From(Self(self)._socket?.Handle.ToInt64() ?? -1));
        t.DefGetter("family", self => PyInt.From(Self(self)._family));
        t.DefGetter("type", self => PyInt.From(Self(self)._kind));
        t.DefGetter("proto", self => PyInt.From(Self(self)._proto));
        t.DefGetter("timeout", self => Self(self)._timeout is { } v ? new PyFloat(v) : PyNone.Instance);
    }

    private static void Connect(PySocket s, EndPoint ep)
    {
        var sock = s.Sock;
        try
        {
            if (s._timeout is { } timeout && timeout > 0)
            {
                using (GlobalInterpreterLock.Blocking())
                {
                    var task = sock.ConnectAsync(ep);
                    if (!task.Wait(TimeSpan.FromSeconds(timeout))) throw TimedOut();
                }
            }
            else if (s._timeout == 0)
            {
                try
                {
                    sock.Connect(ep);
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
                {
                    throw Errors.New(PyExc.BlockingIOError, PyInt.From(115), new PyStr("Operation now in progress"));
                }
            }
            else
            {
                using (GlobalInterpreterLock.Blocking()) sock.Connect(ep);
            }
        }
        catch (AggregateException ae) when (ae.InnerException is SocketException se)
        {
            throw ConnectError(s, se);
        }
        catch (SocketException e)
        {
            throw ConnectError(s, e);
        }
    }

    /// <summary>.NET reports a missing Unix socket path (ENOENT) as AddressNotAvailable; Python says FileNotFoundError.</summary>
    private static PyException ConnectError(PySocket s, SocketException e) =>
        s._family == SocketModule.AF_UNIX && e.SocketErrorCode == SocketError.AddressNotAvailable
            ? Errors.New(PyExc.FileNotFoundError, PyInt.From(2), new PyStr("No such file or directory"))
            : Error(e);

    private static (SocketOptionLevel, SocketOptionName) MapOption(int level, int option) => (level, option) switch
    {
        (SocketModule.SOL_SOCKET, SocketModule.SO_REUSEADDR) => (SocketOptionLevel.Socket, SocketOptionName.ReuseAddress),
        (SocketModule.SOL_SOCKET, SocketModule.SO_KEEPALIVE) => (SocketOptionLevel.Socket, SocketOptionName.KeepAlive),
        (SocketModule.SOL_SOCKET, SocketModule.SO_BROADCAST) => (SocketOptionLevel.Socket, SocketOptionName.Broadcast),
        (SocketModule.SOL_SOCKET, SocketModule.SO_SNDBUF) => (SocketOptionLevel.Socket, SocketOptionName.SendBuffer),
        (SocketModule.SOL_SOCKET, SocketModule.SO_RCVBUF) => (SocketOptionLevel.Socket, SocketOptionName.ReceiveBuffer),
        (SocketModule.SOL_SOCKET, SocketModule.SO_LINGER) => (SocketOptionLevel.Socket, SocketOptionName.Linger),
        (SocketModule.SOL_SOCKET, SocketModule.SO_REUSEPORT) => (SocketOptionLevel.Socket, SocketOptionName.ReuseAddress),
        (SocketModule.IPPROTO_TCP, SocketModule.TCP_NODELAY) => (SocketOptionLevel.Tcp, SocketOptionName.NoDelay),
        (SocketModule.IPPROTO_IPV6, SocketModule.IPV6_V6ONLY) => (SocketOptionLevel.IPv6, SocketOptionName.IPv6Only),
        _ => ((SocketOptionLevel)level, (SocketOptionName)option),
    };
}
