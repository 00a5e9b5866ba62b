"""The scalar values of TOML that a regular expression recognizes: numbers, dates and times."""

import re
from datetime import date, datetime, time, timedelta, timezone

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"

# Decimal, hex, octal and binary integers, and floats with a fraction and/or exponent
NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
LOCAL_TIME = re.compile(_TIME)
DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

_offsets = {}


def _micros(digits):
    # only the first six fraction digits count; more are dropped, not rounded
    return int(digits.ljust(6, "0")) if digits else 0


def _offset(sign, hours, minutes):
    key = (sign, hours, minutes)
    tz = _offsets.get(key)
    if tz is None:
        s = 1 if sign == "+" else -1
        tz = timezone(timedelta(hours=s * int(hours), minutes=s * int(minutes)))
        _offsets[key] = tz
    return tz


def to_datetime(m):
    """A date, or a datetime (offset, UTC or local); ValueError for a day the month lacks."""
    (year, month, day, hour, minute, sec, frac, zulu, sign, off_h, off_m) = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        tz = _offset(sign, off_h, off_m)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec),
                    _micros(frac), tzinfo=tz)


def to_local_time(m):
    hour, minute, sec, frac = m.groups()
    return time(int(hour), int(minute), int(sec), _micros(frac))


def to_number(m, parse_float):
    if m.group("floatpart"):
        return parse_float(m.group())
    return int(m.group(), 0)
