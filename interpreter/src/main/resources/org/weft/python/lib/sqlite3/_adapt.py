"""Python values in and out: adapters (register_adapter), converters (register_converter) and binding."""

import datetime

from sqlite3._errors import ProgrammingError

adapters = {}
converters = {}


class PrepareProtocol:
    def __init__(self, *args, **kwargs):
        pass


PrepareProtocol.__module__ = 'sqlite3'


def register_adapter(type_, adapter):
    adapters[(type_, PrepareProtocol)] = adapter


def register_converter(name, converter):
    converters[name.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=None):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        result = conform(proto)
        if result is not None:
            return result
    if alt is not None:
        return alt
    raise ProgrammingError("can't adapt")


def bind_value(value, position):
    """A parameter as SQLite stores it; ProgrammingError for a type it cannot take."""
    t = type(value)
    if value is None or t is int or t is float or t is str or t is bytes:
        if t is int and not -(1 << 63) <= value < 1 << 63:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
        return value
    if adapters:
        adapter = adapters.get((t, PrepareProtocol))
        if adapter is not None:
            return bind_value_plain(adapter(value), position)
    conform = getattr(value, '__conform__', None)
    if conform is not None:
        result = conform(PrepareProtocol)
        if result is not None:
            return bind_value_plain(result, position)
    return bind_value_plain(value, position)


def bind_value_plain(value, position):
    t = type(value)
    if value is None or t is float or t is str or t is bytes:
        return value
    if isinstance(value, int):
        if not -(1 << 63) <= value < 1 << 63:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytearray, memoryview, bytes)):
        return bytes(value)
    raise ProgrammingError("Error binding parameter %d: type '%s' is not supported" % (position, t.__name__))


# The default adapters and converters of Python 3.11 (deprecated in 3.12, still registered here).
def _adapt_date(value):
    return value.isoformat()


def _adapt_datetime(value):
    return value.isoformat(' ')


def _convert_date(data):
    return datetime.date(*map(int, data.split(b'-')))


def _convert_timestamp(data):
    datepart, timepart = data.split(b' ')
    year, month, day = map(int, datepart.split(b'-'))
    timepart_full = timepart.split(b'.')
    hours, minutes, seconds = map(int, timepart_full[0].split(b':'))
    if len(timepart_full) == 2:
        microseconds = int('{:0<6.6}'.format(timepart_full[1].decode()))
    else:
        microseconds = 0
    return datetime.datetime(year, month, day, hours, minutes, seconds, microseconds)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter('date', _convert_date)
register_converter('timestamp', _convert_timestamp)
