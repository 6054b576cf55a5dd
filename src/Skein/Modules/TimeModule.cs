using System.Diagnostics;
using System.Text;

namespace Skein.Modules;

/// <summary>The time module: clocks, sleep (which releases the optional GIL), and struct_time conversions.</summary>
[BuiltinModule("time")]
public static class TimeModule
{
    public static readonly PyType StructTimeType = StructSequence.DefineType("time.struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], "time", visibleCount: 9);

    private static readonly long s_perfBase = Stopwatch.GetTimestamp();
    private static readonly string[] s_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;
    private static long NowNs() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
    private static double Perf() => (Stopwatch.GetTimestamp() - s_perfBase) / (double)Stopwatch.Frequency;
    private static long PerfNs() => (long)((Stopwatch.GetTimestamp() - s_perfBase) * (1e9 / Stopwatch.Frequency));

    public static void Init(PyModule m)
    {
        m.Set("struct_time", StructTimeType);
        m.DefFunction("time", (_, _) => new PyFloat(Now()));
        m.DefFunction("time_ns", (_, _) => PyInt.From(NowNs()));
        m.DefFunction("monotonic", (_, _) => new PyFloat(Perf()));
        m.DefFunction("monotonic_ns", (_, _) => PyInt.From(PerfNs()));
        m.DefFunction("perf_counter", (_, _) => new PyFloat(Perf()));
        m.DefFunction("perf_counter_ns", (_, _) => PyInt.From(PerfNs()));
        m.DefFunction("process_time", (_, _) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        m.DefFunction("process_time_ns", (_, _) => PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        m.DefFunction("thread_time", (_, _) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        m.DefFunction("sleep", (args, _) =>
        {
            ArgParser.Exactly("sleep", args, 1);
            if (args[0] is not (PyInt or PyFloat) && args[0].Type.Float == null && args[0].Type.Index == null)
                throw Errors.TypeError($"'{args[0].Type.Name}' object cannot be interpreted as an integer");
            var seconds = Ops.AsDouble(args[0]);
            if (double.IsNaN(seconds)) throw Errors.ValueError("Invalid value NaN (not a number)");
            if (seconds < 0) throw Errors.ValueError("sleep length must be non-negative");
            var token = PendingInterrupt.Token;
            using (GlobalInterpreterLock.Blocking())
            {
                if (seconds == 0) Thread.Yield();
                else if (token.CanBeCanceled) token.WaitHandle.WaitOne(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)));
                else Thread.Sleep(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)));
            }
            PendingInterrupt.ThrowIfRequested();
            return PyNone.Instance;
        });
        m.DefFunction("gmtime", (args, _) => ToStructTime(FromSeconds(args), true));
        m.DefFunction("localtime", (args, _) => ToStructTime(FromSeconds(args), false));
        m.DefFunction("mktime", (args, _) =>
        {
            ArgParser.Exactly("mktime", args, 1);
            var local = FromStructTime(args[0]);
            var offset = TimeZoneInfo.Local.GetUtcOffset(local);
            return new PyFloat((new DateTimeOffset(local, offset) - DateTimeOffset.UnixEpoch).Ticks / 1e7);
        });
        m.DefFunction("asctime", (args, _) => new PyStr(AscTime(args.Length > 0 ? FromStructTime(args[0]) : DateTime.Now)));
        m.DefFunction("ctime", (args, _) => new PyStr(AscTime(FromSeconds(args).ToLocalTime())));
        m.DefFunction("strftime", (args, _) =>
        {
            ArgParser.Range("strftime", args, 1, 2);
            var format = args[0] as PyStr ?? throw Errors.TypeError($"strftime() argument 1 must be str, not {args[0].Type.Name}");
            var when = args.Length > 1 ? FromStructTime(args[1]) : DateTime.Now;
            return new PyStr(StrFTime(format.Value, when));
        });
        m.DefFunction("strptime", (args, _) =>
        {
            ArgParser.Range("strptime", args, 1, 2);
            // Parsing rules live in one place, the datetime module's strptime (written in Python).
            var datetime = Ops.GetAttr(Interpreter.ImportModule("datetime"), "datetime");
            var format = args.Length > 1 ? args[1] : new PyStr("%a %b %d %H:%M:%S %Y");
            var parsed = Ops.Call(Ops.GetAttr(datetime, "strptime"), args[0], format);
            return StructSequence.Create(StructTimeType, [.. Ops.ToArray(Ops.CallMethod(parsed, "timetuple")).Take(9),
                PyNone.Instance, PyNone.Instance]);
        });
        m.DefFunction("get_clock_info", (args, _) =>
        {
            var ns = Ops.Call(SysModule.SimpleNamespaceType);
            Ops.SetAttr(ns, "implementation", new PyStr("clock_gettime(CLOCK_MONOTONIC)"));
            Ops.SetAttr(ns, "monotonic", PyBool.True);
            Ops.SetAttr(ns, "adjustable", PyBool.False);
            Ops.SetAttr(ns, "resolution", new PyFloat(1e-09));
            return ns;
        });
        var offset = TimeZoneInfo.Local.BaseUtcOffset;
        m.Set("timezone", PyInt.From((long)-offset.TotalSeconds));
        m.Set("altzone", PyInt.From((long)-offset.TotalSeconds - (TimeZoneInfo.Local.SupportsDaylightSavingTime ? 3600 : 0)));
        m.Set("daylight", PyInt.From(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0));
        var zone = TimeZoneInfo.Local.StandardName.Length <= 5 ? TimeZoneInfo.Local.StandardName : "UTC";
        m.Set("tzname", PyTuple.Create(new PyStr(zone), new PyStr(TimeZoneInfo.Local.DaylightName.Length <= 5 ? TimeZoneInfo.Local.DaylightName : zone)));
    }

    private static DateTime FromSeconds(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0 || args[0] is PyNone) return DateTime.UtcNow;
        var seconds = Ops.AsDouble(args[0]);
        return DateTime.UnixEpoch.AddTicks((long)Math.Floor(seconds) * 10_000_000);
    }

    private static PyObject ToStructTime(DateTime utc, bool utc0Flag)
    {
        var utc0 = utc0Flag;
        var t = utc0 ? utc : utc.ToLocalTime();
        var isDst = !utc0 && TimeZoneInfo.Local.IsDaylightSavingTime(t);
        var gmtoff = utc0 ? 0 : (long)TimeZoneInfo.Local.GetUtcOffset(t).TotalSeconds;
        return StructSequence.Create(StructTimeType, PyInt.From(t.Year), PyInt.From(t.Month), PyInt.From(t.Day), PyInt.From(t.Hour),
            PyInt.From(t.Minute), PyInt.From(t.Second), PyInt.From(((int)t.DayOfWeek + 6) % 7), PyInt.From(t.DayOfYear),
            PyInt.From(isDst ? 1 : 0), new PyStr(utc0 ? "UTC" : isDst ? TimeZoneInfo.Local.DaylightName : TimeZoneInfo.Local.StandardName),
            PyInt.From(gmtoff));
    }

    private static DateTime FromStructTime(PyObject st)
    {
        var items = Ops.ToArray(st);
        if (items.Length < 9) throw Errors.TypeError("function takes exactly 9 arguments");
        int F(int i) => Ops.AsInt32(items[i]);
        try
        {
            return new DateTime(F(0), Math.Max(1, F(1)), Math.Max(1, F(2)), F(3), F(4), Math.Min(59, F(5)));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Errors.ValueError("time tuple elements out of range");
        }
    }

    private static string AscTime(DateTime t) =>
        $"{s_days[((int)t.DayOfWeek + 6) % 7]} {s_months[t.Month - 1]} {t.Day,2} {t:HH:mm:ss} {t.Year}";

    /// <summary>The C library's strftime directives as CPython documents them (C locale).</summary>
    public static string StrFTime(string format, DateTime t)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            var d = format[++i];
            sb.Append(d switch
            {
                'Y' => t.Year.ToString("D4"),
                'y' => (t.Year % 100).ToString("D2"),
                'm' => t.Month.ToString("D2"),
                'd' => t.Day.ToString("D2"),
                'e' => t.Day.ToString().PadLeft(2),
                'H' => t.Hour.ToString("D2"),
                'I' => ((t.Hour + 11) % 12 + 1).ToString("D2"),
                'M' => t.Minute.ToString("D2"),
                'S' => t.Second.ToString("D2"),
                'p' => t.Hour < 12 ? "AM" : "PM",
                'a' => s_days[((int)t.DayOfWeek + 6) % 7],
                'A' => t.DayOfWeek.ToString(),
                'b' or 'h' => s_months[t.Month - 1],
                'B' => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(t.Month),
                'j' => t.DayOfYear.ToString("D3"),
                'U' => ((t.DayOfYear + 6 - (int)t.DayOfWeek) / 7).ToString("D2"),
                'W' => ((t.DayOfYear + 6 - ((int)t.DayOfWeek + 6) % 7) / 7).ToString("D2"),
                'G' => System.Globalization.ISOWeek.GetYear(t).ToString("D4"),
                'V' => System.Globalization.ISOWeek.GetWeekOfYear(t).ToString("D2"),
                'C' => (t.Year / 100).ToString("D2"),
                'k' => t.Hour.ToString().PadLeft(2),
                'l' => ((t.Hour + 11) % 12 + 1).ToString().PadLeft(2),
                's' => ((long)(t - DateTime.UnixEpoch).TotalSeconds).ToString(),
                'w' => ((int)t.DayOfWeek).ToString(),
                'u' => (((int)t.DayOfWeek + 6) % 7 + 1).ToString(),
                'c' => AscTime(t),
                'x' => t.ToString("MM/dd/yy"),
                'X' => t.ToString("HH:mm:ss"),
                'D' => t.ToString("MM/dd/yy"),
                'T' => t.ToString("HH:mm:ss"),
                'R' => t.ToString("HH:mm"),
                'F' => t.ToString("yyyy-MM-dd"),
                'Z' => TimeZoneInfo.Local.StandardName,
                'z' => FormatOffset(TimeZoneInfo.Local.GetUtcOffset(t)),
                'n' => "\n",
                't' => "\t",
                '%' => "%",
                _ => "%" + d,
            });
        }
        return sb.ToString();
    }

    private static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm");
}
