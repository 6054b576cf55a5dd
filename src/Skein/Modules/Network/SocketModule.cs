using System.Net;
using System.Net.Sockets;

namespace Skein.Modules;

/// <summary>
/// _socket: BSD sockets over .NET's Socket (TCP, UDP, IPv4, IPv6, Unix domain). The Python socket module
/// (Lib/socket.py) wraps it as CPython's does. Timeouts follow CPython: None blocks, 0.0 is non-blocking
/// (BlockingIOError), a positive value raises TimeoutError. Blocking calls release the optional GIL.
/// </summary>
[BuiltinModule("_socket")]
public static partial class SocketModule
{
    public const int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_UNSPEC = 0;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;
    public const int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_KEEPALIVE = 9, SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8,
        SO_REUSEPORT = 15, SO_ERROR = 4, SO_TYPE = 3, SO_LINGER = 13;
    public const int IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_IP = 0, IPPROTO_IPV6 = 41, TCP_NODELAY = 1, IPV6_V6ONLY = 26;
    public const int SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;
    public const int AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4, NI_NUMERICHOST = 1, NI_NUMERICSERV = 2;
    public const int MSG_PEEK = 2, MSG_DONTWAIT = 64;

    /// <summary>socket.timeout is TimeoutError since 3.10; gaierror and herror are OSError subclasses.</summary>
    public static readonly PyType GaiError = PyTypes.Define("gaierror", PyExc.OSError, t => { }, isBaseType: true, module: "socket");
    public static readonly PyType HError = PyTypes.Define("herror", PyExc.OSError, t => { }, isBaseType: true, module: "socket");

    public static void Init(PyModule m)
    {
        m.Set("socket", PySocket.PySocketType);
        m.Set("SocketType", PySocket.PySocketType);
        m.Set("error", PyExc.OSError);
        m.Set("timeout", PyExc.TimeoutError);
        m.Set("gaierror", GaiError);
        m.Set("herror", HError);
        foreach (var (name, value) in new (string, long)[]
        {
            ("AF_UNIX", AF_UNIX), ("AF_INET", AF_INET), ("AF_INET6", AF_INET6), ("AF_UNSPEC", AF_UNSPEC),
            ("SOCK_STREAM", SOCK_STREAM), ("SOCK_DGRAM", SOCK_DGRAM), ("SOCK_RAW", SOCK_RAW), ("SOCK_NONBLOCK", SOCK_NONBLOCK),
            ("SOCK_CLOEXEC", SOCK_CLOEXEC), ("SOL_SOCKET", SOL_SOCKET), ("SO_REUSEADDR", SO_REUSEADDR), ("SO_KEEPALIVE", SO_KEEPALIVE),
            ("SO_BROADCAST", SO_BROADCAST), ("SO_SNDBUF", SO_SNDBUF), ("SO_RCVBUF", SO_RCVBUF), ("SO_REUSEPORT", SO_REUSEPORT),
            ("SO_ERROR", SO_ERROR), ("SO_TYPE", SO_TYPE), ("SO_LINGER", SO_LINGER), ("IPPROTO_TCP", IPPROTO_TCP), ("IPPROTO_UDP", IPPROTO_UDP),
            ("IPPROTO_IP", IPPROTO_IP), ("IPPROTO_IPV6", IPPROTO_IPV6), ("TCP_NODELAY", TCP_NODELAY), ("IPV6_V6ONLY", IPV6_V6ONLY),
            ("SHUT_RD", SHUT_RD), ("SHUT_WR", SHUT_WR), ("SHUT_RDWR", SHUT_RDWR), ("AI_PASSIVE", AI_PASSIVE), ("AI_CANONNAME", AI_CANONNAME),
            ("AI_NUMERICHOST", AI_NUMERICHOST), ("NI_NUMERICHOST", NI_NUMERICHOST), ("NI_NUMERICSERV", NI_NUMERICSERV),
            ("MSG_PEEK", MSG_PEEK), ("MSG_DONTWAIT", MSG_DONTWAIT), ("SOMAXCONN", 4096), ("INADDR_ANY", 0), ("INADDR_LOOPBACK", 0x7f000001),
            ("has_ipv6", 1),
        })
            m.Set(name, PyInt.From(value));
        m.Set("has_ipv6", PyBool.True);
        m.DefFunction("gethostname", (_, _) => new PyStr(Dns.GetHostName()));
        m.DefFunction("gethostbyname", (args, _) =>
        {
            ArgParser.Exactly("gethostbyname", args, 1);
            var host = Ops.Str(args[0]);
            var address = Resolve(host, AF_INET).FirstOrDefault() ?? throw Errors.New(GaiError, PyInt.From(-2), new PyStr("Name or service not known"));
            return new PyStr(address.ToString());
        });
        m.DefFunction("getaddrinfo", GetAddrInfo);
        m.DefFunction("getnameinfo", (args, _) =>
        {
            ArgParser.Exactly("getnameinfo", args, 2);
            var addr = Ops.ToArray(args[0]);
            return PyTuple.Create(addr[0], new PyStr(Ops.Str(addr[1])));
        });
        m.DefFunction("getdefaulttimeout", (_, _) => PySocket.DefaultTimeout is { } t ? new PyFloat(t) : PyNone.Instance);
        m.DefFunction("setdefaulttimeout", (args, _) =>
        {
            ArgParser.Exactly("setdefaulttimeout", args, 1);
            PySocket.DefaultTimeout = PySocket.ParseTimeout(args[0]);
            return PyNone.Instance;
        });
        m.DefFunction("socketpair", (args, kw) =>
        {
            var a = ArgParser.Parse("socketpair", args, kw, ["family", "type", "proto"]);
            var family = a[0] is null or PyNone ? AF_UNIX : Ops.AsInt32(a[0]!);
            var type = a[1] is null or PyNone ? SOCK_STREAM : Ops.AsInt32(a[1]!);
            return PySocket.SocketPair(family, type);
        });
        m.DefFunction("inet_aton", (args, _) =>
        {
            ArgParser.Exactly("inet_aton", args, 1);
            if (!IPAddress.TryParse(Ops.Str(args[0]), out var ip) || ip.AddressFamily != AddressFamily.InterNetwork)
                throw Errors.OSError("illegal IP address string passed to inet_aton");
            return new PyBytes(ip.GetAddressBytes());
        });
        m.DefFunction("inet_ntoa", (args, _) =>
        {
            ArgParser.Exactly("inet_ntoa", args, 1);
            var b = (args[0] as PyBytes)?.Value ?? throw Errors.TypeError("a bytes-like object is required");
            if (b.Length != 4) throw Errors.OSError("packed IP wrong length for inet_ntoa");
            return new PyStr(new IPAddress(b).ToString());
        });
        m.DefFunction("inet_pton", (args, _) =>
        {
            ArgParser.Exactly("inet_pton", args, 2);
            if (!IPAddress.TryParse(Ops.Str(args[1]), out var ip)) throw Errors.OSError("illegal IP address string passed to inet_pton");
            return new PyBytes(ip.GetAddressBytes());
        });
        m.DefFunction("inet_ntop", (args, _) =>
        {
            ArgParser.Exactly("inet_ntop", args, 2);
            var b = (args[1] as PyBytes)?.Value ?? throw Errors.TypeError("a bytes-like object is required");
            return new PyStr(new IPAddress(b).ToString());
        });
        foreach (var (name, swap) in new (string, Func<long, long>)[]
        {
            ("htons", v => (ushort)IPAddress.HostToNetworkOrder((short)v)), ("ntohs", v => (ushort)IPAddress.NetworkToHostOrder((short)v)),
            ("htonl", v => (uint)IPAddress.HostToNetworkOrder((int)v)), ("ntohl", v => (uint)IPAddress.NetworkToHostOrder((int)v)),
        })
        {
            var f = swap;
            m.DefFunction(name, (args, _) => PyInt.From(f(Ops.AsLong(args[0]))));
        }
        m.DefFunction("close", (args, _) => PyNone.Instance);
    }

    internal static IEnumerable<IPAddress> Resolve(string host, int family)
    {
        if (host is "" or "0.0.0.0") return [family == AF_INET6 ? IPAddress.IPv6Any : IPAddress.Any];
        if (host == "<broadcast>") return [IPAddress.Broadcast];
        if (host == "localhost") return family == AF_INET6 ? [IPAddress.IPv6Loopback] : family == AF_INET ? [IPAddress.Loopback] : [IPAddress.Loopback, IPAddress.IPv6Loopback];
        if (IPAddress.TryParse(host, out var ip)) return [ip];
        try
        {
            IPAddress[] all;
            using (GlobalInterpreterLock.Blocking()) all = Dns.GetHostAddresses(host);
            return all.Where(a => family == AF_UNSPEC || (family == AF_INET) == (a.AddressFamily == AddressFamily.InterNetwork));
        }
        catch (SocketException)
        {
            throw Errors.New(GaiError, PyInt.From(-2), new PyStr("Name or service not known"));
        }
    }

    private static PyObject GetAddrInfo(ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var a = ArgParser.Parse("getaddrinfo", args, kwargs, ["host", "port", "family", "type", "proto", "flags"], 2);
        var host = a[0] is PyNone ? "localhost" : a[0] is PyBytes hb ? System.Text.Encoding.ASCII.GetString(hb.Value) : Ops.Str(a[0]!);
        var family = a[2] is null ? AF_UNSPEC : Ops.AsInt32(a[2]!);
        var type = a[3] is null ? 0 : Ops.AsInt32(a[3]!);
        var proto = a[4] is null ? 0 : Ops.AsInt32(a[4]!);
        var flags = a[5] is null ? 0 : Ops.AsInt32(a[5]!);
        int port;
        if (a[1] is PyNone) port = 0;
        else if (a[1] is PyInt pi) port = (int)pi.Small;
        else
        {
            var s = a[1] is PyBytes pb ? System.Text.Encoding.ASCII.GetString(pb.Value) : Ops.Str(a[1]!);
            port = s switch
            {
                "http" => 80,
                "https" => 443,
                "ftp" => 21,
                "ssh" => 22,
                _ => int.TryParse(s, out var p) ? p : throw Errors.New(GaiError, PyInt.From(-8), new PyStr("Servname not supported for ai_socktype")),
            };
        }
        if (a[0] is PyNone && (flags & AI_PASSIVE) != 0) host = family == AF_INET6 ? "::" : "0.0.0.0";
        var result = new PyList();
        var types = type == 0 ? new[] { SOCK_STREAM, SOCK_DGRAM, SOCK_RAW } : [type];
        foreach (var ip in Resolve(host, family))
        {
            var fam = ip.AddressFamily == AddressFamily.InterNetworkV6 ? AF_INET6 : AF_INET;
            foreach (var t in types)
            {
                var p = proto != 0 ? proto : t == SOCK_STREAM ? IPPROTO_TCP : t == SOCK_DGRAM ? IPPROTO_UDP : 0;
                result.Append(PyTuple.Create(PySocket.FamilyEnum(fam), PySocket.KindEnum(t), PyInt.From(p), PyStr.Empty,
                    PySocket.SockAddr(new IPEndPoint(ip, port))));
            }
        }
        return result;
    }
}
