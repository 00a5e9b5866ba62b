"""Private helpers of weft's datetime and calendar: proleptic Gregorian arithmetic, field checks,
strftime/strptime and ISO 8601 parsing. Pure functions over immutable tables."""
import operator as _operator

_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHNAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                    'September', 'October', 'November', 'December')
_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # CPython: ord_to_ymd; 400-, 100-, 4- and 1-year cycles
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _iso_week1_monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return _operator.index(value)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


# The default of date's and datetime's year, month and day: CPython requires them.
_MISSING = object()


def _check_date_fields(year, month, day):
    # date() and datetime() parse with PyArg_ParseTupleAndKeywords, which has no function name.
    for pos, (name, value) in enumerate((('year', year), ('month', month), ('day', day)), 1):
        if value is _MISSING:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _fraction_us(value, scale):
    """value * scale microseconds, exactly: an int, or a float-derived rational to round later."""
    if isinstance(value, int):
        return value * scale
    if isinstance(value, float):
        a, b = value.as_integer_ratio()
        from fractions import Fraction
        return Fraction(a * scale, b)
    raise TypeError("unsupported type for timedelta %s component: %s" % (
        {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
         60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}[scale], type(value).__name__))


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    us = off._to_us()
    if us < 0:
        sign = '-'
        us = -us
    secs, us = divmod(us, 1000000)
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


# CPython: wrap_strftime in _datetimemodule.c
def _strftime(obj, fmt):
    """date/time/datetime.strftime as CPython: %z, %Z and %f come from the object, everything
    else (glibc's flags and widths, %P, %s, unknown directives) from time.strftime."""
    nul = fmt.find('\0')
    if nul >= 0:
        fmt = fmt[:nul]  # CPython scans the format as a C string: a NUL ends it
    parts = []
    i, n = 0, len(fmt)
    zrep = Zrep = None
    while True:
        j = fmt.find('%', i)
        if j < 0 or j + 1 >= n:
            parts.append(fmt[i:])
            break
        c = fmt[j + 1]
        if c == 'z':
            if zrep is None:
                zrep = _format_offset(_tz_call(obj, 'utcoffset'), '')
            parts.append(fmt[i:j])
            parts.append(zrep)
        elif c == 'Z':
            if Zrep is None:
                name = _tz_call(obj, 'tzname')
                Zrep = '' if name is None else name.replace('%', '%%')
            parts.append(fmt[i:j])
            parts.append(Zrep)
        elif c == 'f':
            parts.append(fmt[i:j])
            parts.append('%06d' % getattr(obj, 'microsecond', 0))
        else:
            parts.append(fmt[i:j + 2])
        i = j + 2
    import time
    if hasattr(obj, 'year'):
        timetuple = obj.timetuple()
    else:
        # CPython's time.strftime: the date of 1900-01-01, a Monday
        timetuple = (1900, 1, 1, obj.hour, obj.minute, obj.second, 0, 1, -1)
    return time.strftime(''.join(parts), timetuple)


def _tz_call(obj, name):
    # CPython asks the tzinfo directly, with the datetime itself or None for a time
    tzinfo = getattr(obj, 'tzinfo', None)
    if tzinfo is None:
        return None
    return getattr(tzinfo, name)(obj if hasattr(obj, 'year') else None)


def _iso_year_week(y, ordinal):
    w1 = _iso_week1_monday(y)
    if ordinal < w1:
        y -= 1
        w1 = _iso_week1_monday(y)
    elif ordinal >= _iso_week1_monday(y + 1):
        y += 1
        w1 = _iso_week1_monday(y)
    return y, (ordinal - w1) // 7 + 1


def _strptime_fields(data, fmt):
    """Parse data against fmt (the common directives); CPython's _strptime messages."""
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    f = {'year': 1900, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0, 'second': 0, 'microsecond': 0,
         'offset': None, 'tzname': None}
    state = {'ampm': None, 'hour12': None, 'yday': None, 'weekday': None, 'year_set': False,
             'week': None, 'week_mon': False, 'iso_year': None, 'iso_week': None}
    pos = _match_format(data, fmt, f, state)
    if pos is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if pos < len(data):
        raise ValueError('unconverted data remains: %s' % data[pos:])
    if state['hour12'] is not None:
        h = state['hour12'] % 12
        if state['ampm'] == 'PM':
            h += 12
        f['hour'] = h
    _strptime_weeks(f, state)
    if state['yday'] is not None:
        y, m, d = _ord2ymd(_ymd2ord(f['year'], 1, 1) + state['yday'] - 1)
        f['year'], f['month'], f['day'] = y, m, d
    elif f['day'] > _days_in_month(_leap_fix_year(f, state), f['month']):
        # CPython's _strptime builds the date to find the day of the year, so it fails here.
        raise ValueError('day is out of range for month')
    f['leap_fix'] = _leap_fix_year(f, state) != f['year']
    f['yday'] = state['yday']
    return f


def _strptime_weeks(f, state):
    # CPython's _strptime: a week number (%U, %W, or ISO %G/%V) with a weekday gives the day
    # of the year; its messages for the ISO directives used without their partners.
    if not state['year_set'] and state['iso_year'] is not None:
        if state['iso_week'] is None or state['weekday'] is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if state['yday'] is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif state['week'] is None and state['iso_week'] is not None:
        if state['weekday'] is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    if state['yday'] is not None or state['weekday'] is None:
        return
    weekday = state['weekday']
    if state['week'] is not None:
        first = (_ymd2ord(f['year'], 1, 1) + 6) % 7  # weekday of Jan 1, Monday 0
        if not state['week_mon']:
            first = (first + 1) % 7
            weekday = (weekday + 1) % 7
        if state['week'] == 0:
            yday = 1 + weekday - first
        else:
            yday = 1 + (7 - first) % 7 + 7 * (state['week'] - 1) + weekday
    elif state['iso_year'] is not None:
        year = state['iso_year']
        jan4 = (_ymd2ord(year, 1, 4) + 6) % 7 + 1  # ISO weekday of Jan 4
        yday = state['iso_week'] * 7 + weekday + 1 - (jan4 + 3)
        if yday < 1:
            yday += _ymd2ord(year, 1, 1)
            year -= 1
            yday -= _ymd2ord(year, 1, 1)
        f['year'] = year
    else:
        return
    if yday <= 0:
        f['year'] -= 1
        yday += 366 if _is_leap(f['year']) else 365
    state['yday'] = yday


def _leap_fix_year(f, state):
    # CPython's _strptime: Feb 29 without a year is taken in 1904, a leap year, then reported as 1900.
    if not state['year_set'] and f['month'] == 2 and f['day'] == 29:
        return 1904
    return f['year']


# CPython: TimeRE in _strptime.py (3.11), for the C locale; names are matched ignoring case.
_STRPTIME_RE = {
    'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'A': r"(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)",
    'a': r"(?P<a>mon|tue|wed|thu|fri|sat|sun)",
    'B': r"(?P<B>september|february|november|december|january|october|august|march|april|june|july|may)",
    'b': r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    'p': r"(?P<p>am|pm)",
    '%': '%',
}
# LocaleTime's LC_date_time, LC_date and LC_time of the C locale
_STRPTIME_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_REGEX_CHARS = frozenset('\\.^$*+?(){}[]|')


# CPython: TimeRE.pattern in _strptime.py
def _strptime_pattern(fmt):
    """The regex of a strptime format; KeyError (the directive) or IndexError (a final %)."""
    escaped = []
    for ch in fmt:
        escaped.append('\\' + ch if ch in _REGEX_CHARS else ch)
    import re
    rest = re.sub(r'\s+', r'\\s+', ''.join(escaped))
    out = []
    while '%' in rest:
        k = rest.index('%') + 1
        out.append(rest[:k - 1])
        out.append(_directive_regex(rest[k]))
        rest = rest[k + 1:]
    out.append(rest)
    return ''.join(out)


def _directive_regex(c):
    if c in _STRPTIME_LOCALE_FORMATS:
        return _strptime_pattern(_STRPTIME_LOCALE_FORMATS[c])
    if c == 'Z':
        import time
        names = {'utc', 'gmt'}
        names.update(name.lower() for name in getattr(time, 'tzname', ()))
        names = sorted(names, key=len, reverse=True)
        return '(?P<Z>%s)' % '|'.join(_escape_name(name) for name in names)
    return _STRPTIME_RE[c]


def _escape_name(name):
    return ''.join('\\' + ch if not ch.isalnum() else ch for ch in name)


# Compiled format regexes, shared by every thread as CPython's _regex_cache: dict get and set
# are atomic, and a race only compiles one twice. Formats with %Z are left out, as their regex
# follows time.tzname.
_STRPTIME_CACHE = {}
_STRPTIME_CACHE_MAX = 100


def _strptime_regex(fmt):
    try:
        pattern = _strptime_pattern(fmt)
    except KeyError as err:
        bad = err.args[0]
        raise ValueError("'%s' is a bad directive in format '%s'" % ('%' if bad == '\\' else bad, fmt)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % fmt) from None
    import re
    regex = re.compile(pattern, re.IGNORECASE)
    if '%Z' not in fmt:
        if len(_STRPTIME_CACHE) >= _STRPTIME_CACHE_MAX:
            _STRPTIME_CACHE.clear()
        _STRPTIME_CACHE[fmt] = regex
    return regex


def _match_format(data, fmt, f, state):
    """The end of the match of data against fmt, with the fields stored, or None."""
    regex = _STRPTIME_CACHE.get(fmt)
    if regex is None:
        regex = _strptime_regex(fmt)
    found = regex.match(data)
    if found is None:
        return None
    groups = found.groupdict()
    for key, value in groups.items():
        _store_group(key, value, groups, f, state)
    return found.end()


# CPython: the loop over found_dict in _strptime._strptime
def _store_group(key, value, groups, f, state):
    if key in 'Yy':
        state['year_set'] = True
        f['year'] = int(value) if key == 'Y' else int(value) + (2000 if int(value) <= 68 else 1900)
    elif key in 'mdHMS':
        f[{'m': 'month', 'd': 'day', 'H': 'hour', 'M': 'minute', 'S': 'second'}[key]] = int(value)
    elif key in 'Bb':
        names = _FULL_MONTHNAMES if key == 'B' else _MONTHNAMES
        f['month'] = [n.lower() if n else '' for n in names].index(value.lower())
    elif key == 'I':
        state['hour12'] = int(value)
        state['ampm'] = (groups.get('p') or '').upper() or None
    elif key == 'f':
        f['microsecond'] = int(value.ljust(6, '0'))
    elif key in 'Aa':
        names = _FULL_DAYNAMES if key == 'A' else _DAYNAMES
        state['weekday'] = [n.lower() for n in names].index(value.lower())
    elif key in 'wu':
        state['weekday'] = (int(value) + 6) % 7 if key == 'w' else int(value) - 1
    elif key == 'j':
        state['yday'] = int(value)
    elif key in 'UW':
        state['week'] = int(value)
        state['week_mon'] = key == 'W'
    elif key == 'G':
        state['iso_year'] = int(value)
    elif key == 'V':
        state['iso_week'] = int(value)
    elif key == 'z':
        f['offset'] = _strptime_offset(value)
    elif key == 'Z':
        f['tzname'] = value


def _strptime_offset(z):
    """(seconds, microseconds) east of UTC of a %z match, as CPython's _strptime reads it."""
    if z == 'Z':
        return (0, 0)
    original = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError("Inconsistent use of : in %s" % original)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    fraction = int(z[8:].ljust(6, '0'))
    if z.startswith('-'):
        return (-seconds, -fraction)
    return (seconds, fraction)


def _parse_isoformat_date(s):
    # CPython: _parse_isoformat_date (3.11): YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    if not s[:4].isdigit() or not s[:4].isascii():
        raise ValueError('Invalid date')
    year = int(s[:4])
    rest = s[4:]
    dash = rest.startswith('-')
    if dash:
        rest = rest[1:]
    if rest.startswith('W'):
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            raise ValueError('Invalid week')
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if rest.startswith('-') != dash:
                raise ValueError('Inconsistent use of dash separator')
            if dash:
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                raise ValueError('Invalid weekday')
            day = int(rest)
        import datetime as _dt
        d = _dt.date.fromisocalendar(year, week, day)
        return [d.year, d.month, d.day]
    if len(rest) != (5 if dash else 4) or (dash and rest[2] != '-'):
        raise ValueError('Invalid date')
    mm, dd = (rest[:2], rest[3:]) if dash else (rest[:2], rest[2:])
    if not (mm.isdigit() and dd.isdigit() and mm.isascii() and dd.isascii()):
        raise ValueError('Invalid date')
    return [year, int(mm), int(dd)]


def _parse_hh_mm_ss_ff(s):
    # HH[:MM[:SS[.fff[fff]]]] or the basic forms without colons
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for comp in range(3):
        if n - pos < 2 or not s[pos:pos + 2].isdigit() or not s[pos:pos + 2].isascii():
            raise ValueError('Invalid time')
        comps[comp] = int(s[pos:pos + 2])
        pos += 2
        if pos >= n or comp >= 2:
            break
        sep = s[pos] == ':'
        if has_sep is None:
            has_sep = sep
        elif has_sep != sep:
            raise ValueError('Inconsistent use of colon separator')
        if sep:
            pos += 1
    if pos < n:
        if s[pos] not in '.,' or comp < 2:
            raise ValueError('Invalid microsecond component')
        pos += 1
        frac = s[pos:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError('Invalid microsecond component')
        digits = frac[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps


def _parse_isoformat_time(s, timezone, timedelta):
    if len(s) < 2:
        raise ValueError('Isoformat time too short')
    tzpos = -1
    for k, ch in enumerate(s):
        if ch in '+-Z':
            tzpos = k
            break
    timestr = s[:tzpos] if tzpos >= 0 else s
    comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr == 'Z':
            tzi = timezone.utc
        else:
            body = tzstr[1:]
            if len(body) not in (2, 4, 5, 8) and len(body) < 10:
                raise ValueError('Malformed time zone string')
            tc = _parse_hh_mm_ss_ff(body)
            if tc[0] > 23 and False:
                pass
            td = timedelta(hours=tc[0], minutes=tc[1], seconds=tc[2], microseconds=tc[3])
            if tzstr[0] == '-':
                td = -td
            tzi = timezone(td) if td else timezone.utc
    # No range checks here: CPython 3.11 parses the digits, then the constructor rejects
    # hour 24, minute 60 and the like ("hour must be in 0..23").
    comps.append(tzi)
    return comps


def _time_strptime(data, fmt):
    """time.strptime's fields: (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)."""
    for index, arg in enumerate((data, fmt)):
        if not isinstance(arg, str):
            # CPython's _strptime words it so (index from 0, the type's repr).
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    f = _strptime_fields(data, fmt)
    year = 1904 if f['leap_fix'] else f['year']
    ordinal = _ymd2ord(year, f['month'], f['day'])
    # a %j day past the year's end moves the date on, but CPython reports it as given
    yday = f['yday'] if f['yday'] is not None else ordinal - _ymd2ord(year, 1, 1) + 1
    gmtoff = f['offset'][0] if f['offset'] is not None else None
    return (f['year'], f['month'], f['day'], f['hour'], f['minute'], f['second'], (ordinal + 6) % 7, yday,
            _strptime_isdst(f['tzname']), f['tzname'], gmtoff)


# CPython: the 'Z' case of _strptime._strptime, over LocaleTime's timezone sets
def _strptime_isdst(tzname):
    """tm_isdst of a %Z name: 0 for UTC, GMT and the standard zone, 1 for the summer one."""
    if tzname is None:
        return -1
    import time
    zone = tzname.lower()
    names, daylight = time.tzname, time.daylight
    if zone in ('utc', 'gmt', names[0].lower()):
        isdst = 0
    elif daylight and zone == names[1].lower():
        isdst = 1
    else:
        return -1
    if names[0] == names[1] and daylight and zone not in ('utc', 'gmt'):
        return -1
    return isdst

# C code in CPython (_datetime, _decimal): tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
