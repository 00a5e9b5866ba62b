"""date(), time(), datetime(), julianday(), unixepoch() and strftime() (https://www.sqlite.org/lang_datefunc.html).

Like SQLite, a moment is a Julian day number in milliseconds; 'now' is the statement's time in UTC, and
'localtime'/'utc' are taken as UTC (no time zone database is consulted).
"""

import re
import time as _time

from sqlite3._values import to_text

_DAY_MS = 86400000
_UNIX_EPOCH_JD_MS = 210866760000000

_DATE_RE = re.compile(r'^(-?\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?\s*(Z|[+-]\d\d:\d\d)?$')
_TIME_RE = re.compile(r'^(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?\s*(Z|[+-]\d\d:\d\d)?$')
_NUMBER_RE = re.compile(r'^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$')
_MODIFIER_RE = re.compile(r'^([+-]?\d+(?:\.\d*)?)\s+(day|hour|minute|second|month|year)s?$')


def _jd_from_parts(y, m, d, hh=0, mm=0, ss=0.0):
    # SQLite's computeJD: the Julian day of a Gregorian date, by Meeus's algorithm.
    if m <= 2:
        y -= 1
        m += 12
    a = y // 100 if y >= 0 else -((-y) // 100)
    b = 2 - a + (a // 4 if a >= 0 else -((-a) // 4))
    x1 = 36525 * (y + 4716) // 100
    x2 = 306001 * (m + 1) // 10000
    jd = int((x1 + x2 + d + b - 1524.5) * _DAY_MS)
    return jd + hh * 3600000 + mm * 60000 + int(round(ss * 1000))


def _parts_from_jd(jd):
    z = (jd + 43200000) // _DAY_MS
    a = int((z - 1867216.25) / 36524.25)
    a = z + 1 + a - a // 4
    b = a + 1524
    c = int((b - 122.1) / 365.25)
    d = (36525 * (c & 32767)) // 100
    e = int((b - d) / 30.6001)
    x1 = int(30.6001 * e)
    day = b - d - x1
    month = e - 1 if e < 14 else e - 13
    year = c - 4716 if month > 2 else c - 4715
    ms = (jd + 43200000) % _DAY_MS
    hh = ms // 3600000
    mm = (ms // 60000) % 60
    ss = (ms % 60000) / 1000.0
    return year, month, day, hh, mm, ss


def _tz_offset_ms(text):
    if not text or text == 'Z':
        return 0
    sign = -1 if text[0] == '-' else 1
    return sign * (int(text[1:3]) * 3600000 + int(text[4:6]) * 60000)


def _parse(value):
    """The moment a time value names, in Julian milliseconds, or None."""
    if value is None:
        return None
    if type(value) in (int, float):
        return int(round(value * _DAY_MS))
    text = to_text(value).strip()
    m = _DATE_RE.match(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        hh = int(m.group(4) or 0)
        mi = int(m.group(5) or 0)
        ss = float(m.group(6) or 0)
        if hh > 23 or mi > 59 or ss >= 60:
            return None
        return _jd_from_parts(y, mo, d, hh, mi, ss) - _tz_offset_ms(m.group(7))
    m = _TIME_RE.match(text)
    if m:
        hh, mi, ss = int(m.group(1)), int(m.group(2)), float(m.group(3) or 0)
        if hh > 23 or mi > 59 or ss >= 60:
            return None
        return _jd_from_parts(2000, 1, 1, hh, mi, ss) - _tz_offset_ms(m.group(4))
    if text.lower() == 'now':
        return int(_time.time() * 1000) + _UNIX_EPOCH_JD_MS
    if _NUMBER_RE.match(text):
        return int(round(float(text) * _DAY_MS))
    return None


def _apply(jd, modifier, raw_value):
    text = to_text(modifier).strip().lower() if modifier is not None else None
    if text is None:
        return None
    m = _MODIFIER_RE.match(text)
    if m:
        amount, unit = float(m.group(1)), m.group(2)
        if unit in ('month', 'year'):
            y, mo, d, hh, mi, ss = _parts_from_jd(jd)
            whole = int(amount)
            if unit == 'year':
                y += whole
            else:
                mo += whole
                shift = (mo - 1) // 12
                y += shift
                mo -= shift * 12
            jd = _jd_from_parts(y, mo, d, hh, mi, ss)
            fraction = amount - whole
            if fraction:
                jd += int(round(fraction * (30 if unit == 'month' else 365) * _DAY_MS))
            return jd
        scale = {'day': _DAY_MS, 'hour': 3600000, 'minute': 60000, 'second': 1000}[unit]
        return jd + int(round(amount * scale))
    if text.startswith('start of '):
        y, mo, d, hh, mi, ss = _parts_from_jd(jd)
        what = text[9:].strip()
        if what == 'day':
            return _jd_from_parts(y, mo, d)
        if what == 'month':
            return _jd_from_parts(y, mo, 1)
        if what == 'year':
            return _jd_from_parts(y, 1, 1)
        return None
    if text.startswith('weekday '):
        try:
            n = int(float(text[8:]))
        except ValueError:
            return None
        if not 0 <= n <= 6:
            return None
        day = ((jd + 129600000) // _DAY_MS) % 7
        delta = (n - day) % 7
        return jd + delta * _DAY_MS
    if text == 'unixepoch' and type(raw_value) in (int, float):
        return int(round(raw_value * 1000)) + _UNIX_EPOCH_JD_MS
    if text in ('localtime', 'utc', 'auto', 'julianday', 'subsec', 'subsecond'):
        return jd
    return None


def _moment(args):
    if not args:
        args = ('now',)
    jd = _parse(args[0])
    for modifier in args[1:]:
        if jd is None:
            return None
        jd = _apply(jd, modifier, args[0])
    return jd


def _date_text(parts):
    y, mo, d = parts[:3]
    return ('%04d-%02d-%02d' % (y, mo, d)) if y >= 0 else ('-%04d-%02d-%02d' % (-y, mo, d))


def _time_text(parts):
    return '%02d:%02d:%02d' % (parts[3], parts[4], int(parts[5]))


def date(*args):
    jd = _moment(args)
    return None if jd is None else _date_text(_parts_from_jd(jd))


def time(*args):
    jd = _moment(args)
    return None if jd is None else _time_text(_parts_from_jd(jd))


def datetime(*args):
    jd = _moment(args)
    if jd is None:
        return None
    parts = _parts_from_jd(jd)
    return _date_text(parts) + ' ' + _time_text(parts)


def julianday(*args):
    jd = _moment(args)
    return None if jd is None else jd / _DAY_MS


def unixepoch(*args):
    jd = _moment(args)
    return None if jd is None else (jd - _UNIX_EPOCH_JD_MS) // 1000


def strftime(fmt, *args):
    if fmt is None:
        return None
    jd = _moment(args)
    if jd is None:
        return None
    y, mo, d, hh, mi, ss = _parts_from_jd(jd)
    fmt = to_text(fmt)
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        day_of_year = (jd - _jd_from_parts(y, 1, 1)) // _DAY_MS
        weekday = ((jd + 129600000) // _DAY_MS) % 7
        if code == 'd':
            out.append('%02d' % d)
        elif code == 'f':
            out.append('%06.3f' % ss)
        elif code == 'H':
            out.append('%02d' % hh)
        elif code == 'j':
            out.append('%03d' % (day_of_year + 1))
        elif code == 'J':
            out.append(repr(jd / _DAY_MS))
        elif code == 'm':
            out.append('%02d' % mo)
        elif code == 'M':
            out.append('%02d' % mi)
        elif code == 's':
            out.append(str((jd - _UNIX_EPOCH_JD_MS) // 1000))
        elif code == 'S':
            out.append('%02d' % int(ss))
        elif code == 'w':
            out.append(str(weekday))
        elif code == 'W':
            out.append('%02d' % ((day_of_year + 7 - (weekday + 6) % 7) // 7))
        elif code == 'Y':
            out.append('%04d' % y)
        elif code == '%':
            out.append('%')
        else:
            return None
    return ''.join(out)


def _current(kind):
    def now():
        return {'date': date, 'time': time, 'datetime': datetime}[kind]('now')
    return now


FUNCTIONS = {
    'date': (date, 0, None, False),
    'time': (time, 0, None, False),
    'datetime': (datetime, 0, None, False),
    'julianday': (julianday, 0, None, False),
    'unixepoch': (unixepoch, 0, None, False),
    'strftime': (strftime, 1, None, False),
    'current_date': (_current('date'), 0, 0, False),
    'current_time': (_current('time'), 0, 0, False),
    'current_timestamp': (_current('datetime'), 0, 0, False),
}
