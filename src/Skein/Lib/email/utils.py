"""Date helpers for RFC 2822 headers, and address quoting."""

__all__ = ['formatdate', 'format_datetime', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime', 'mktime_tz',
           'quote', 'unquote', 'formataddr', 'parseaddr']

import time

_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_TIMEZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYNAMES[timetuple[6]], timetuple[2], _MONTHNAMES[timetuple[1] - 1], timetuple[0],
        timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string, e.g. 'Mon, 20 Nov 1995 19:12:08 -0500' (or '... GMT' with usegmt)."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        t = time.localtime(timeval)
        offset = getattr(t, 'tm_gmtoff', None)
        if offset is None:
            offset = -time.timezone
        sign = '+' if offset >= 0 else '-'
        hours, minutes = divmod(abs(offset) // 60, 60)
        return _format_timetuple_and_zone(t, '%s%02d%02d' % (sign, hours, minutes))
    t = time.gmtime(timeval)
    return _format_timetuple_and_zone(t, 'GMT' if usegmt else '-0000')


def format_datetime(dt, usegmt=False):
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.utcoffset().total_seconds() != 0:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def parsedate_tz(data):
    """Parse a date string into a 10-tuple (the last item the UTC offset in seconds, or None)."""
    if not data:
        return None
    parts = data.split()
    if not parts:
        return None
    if parts[0].endswith(',') or parts[0][:3].lower() in [d.lower() for d in _DAYNAMES]:
        del parts[0]
    else:
        i = parts[0].rfind(',')
        if i >= 0:
            parts[0] = parts[0][i + 1:]
    if len(parts) == 3:
        stuff = parts[0].split('-')
        if len(stuff) == 3:
            parts = stuff + parts[1:]
    if len(parts) == 4:
        s = parts[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            parts[3:] = [s[:i], s[i:]]
        else:
            parts.append('')
    if len(parts) < 5:
        return None
    parts = parts[:5]
    dd, mm, yy, tm, tz = parts
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    months = [m.lower() for m in _MONTHNAMES]
    if mm not in months:
        dd, mm = mm, dd.lower()
        if mm not in months:
            return None
    mm = months.index(mm) + 1
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1:] == ',':
        yy = yy[:-1]
    if not yy[0:1].isdigit():
        yy, tz = tz, yy
    if tm[-1:] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _TIMEZONES:
        tzoffset = _TIMEZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        if tzoffset < 0:
            tzsign = -1
            tzoffset = -tzoffset
        else:
            tzsign = 1
        tzoffset = tzsign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return (yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset)


def parsedate(data):
    t = parsedate_tz(data)
    if t is None:
        return None
    return t[:9]


def mktime_tz(data):
    """Turn a 10-tuple as returned by parsedate_tz() into a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return _timegm(data) - data[9]


def _timegm(t):
    """Seconds since the epoch for a UTC (year, month, day, hour, minute, second, ...) tuple."""
    year, month, day, hour, minute, second = t[:6]
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def parsedate_to_datetime(data):
    parsed = parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    import datetime
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def formataddr(pair, charset='utf-8'):
    name, address = pair
    if name:
        special = '()<>@,:;.\"[]'
        quotes = '"' if any(c in special for c in name) else ''
        return '%s%s%s <%s>' % (quotes, quote(name) if quotes else name, quotes, address)
    return address


def parseaddr(addr, *, strict=True):
    addr = addr.strip()
    if '<' in addr and addr.endswith('>'):
        name, _, rest = addr.rpartition('<')
        return unquote(name.strip()), rest[:-1].strip()
    return '', addr
