"""zoneinfo: IANA time zones as datetime.tzinfo objects (PEP 615), weft's own implementation.
The rules come from the time zone database the JVM ships (java.time); only the abbreviations are
read from the system's TZif files when it has them. TZPATH, reset_tzpath and ZoneInfo.from_file
are not provided."""
import os
import threading
from collections import OrderedDict
from datetime import datetime, timedelta, tzinfo
from weakref import WeakValueDictionary

import _weft_zoneinfo

from . import _abbreviations

__all__ = ["ZoneInfo", "available_timezones", "ZoneInfoNotFoundError", "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# CPython defines them in submodules: an uncaught one prints as zoneinfo._common.ZoneInfoNotFoundError
ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'
InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'


_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)


def _validate_key(key):
    # CPython: zoneinfo._tzpath._validate_tzfile_path
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if normalized == '..' or normalized.startswith('../'):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def available_timezones():
    """Returns a set containing all available time zones."""
    return set(_weft_zoneinfo.available())


class ZoneInfo(tzinfo):
    """A time zone of the IANA database, by key ('Europe/Paris'). ZoneInfo(key) returns the same
    object for the same key while it is in use (and for the last few keys asked for)."""

    _strong_cache_size = 8

    def __init_subclass__(cls):
        cls._weak_cache = WeakValueDictionary()
        cls._strong_cache = OrderedDict()
        cls._cache_lock = threading.RLock()

    def __new__(cls, key):
        with cls._cache_lock:
            instance = cls._weak_cache.get(key)
            if instance is None:
                instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
                instance._from_cache = True
            cls._strong_cache[key] = cls._strong_cache.pop(key, instance)
            if len(cls._strong_cache) > cls._strong_cache_size:
                cls._strong_cache.popitem(last=False)
        return instance

    @classmethod
    def no_cache(cls, key):
        obj = cls._new_instance(key)
        obj._from_cache = False
        return obj

    @classmethod
    def _new_instance(cls, key):
        _validate_key(key)
        if not _weft_zoneinfo.exists(key):
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        obj = super().__new__(cls)
        obj._key = key
        obj._fixed = _weft_zoneinfo.fixed(key)
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        with cls._cache_lock:
            if only_keys is not None:
                for key in only_keys:
                    cls._weak_cache.pop(key, None)
                    cls._strong_cache.pop(key, None)
            else:
                cls._weak_cache = WeakValueDictionary()
                cls._strong_cache.clear()

    @property
    def key(self):
        return self._key

    def _at(self, dt):
        """(offset, dst, name) of the wall time dt, or None for dt None in a zone with transitions."""
        if dt is None:
            return self._fixed
        if not isinstance(dt, datetime):
            raise TypeError("utcoffset() argument must be a datetime instance or None")
        return _weft_zoneinfo.wall(self._key, dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.fold)

    def utcoffset(self, dt):
        at = self._at(dt)
        return None if at is None else timedelta(seconds=at[0])

    def dst(self, dt):
        at = self._at(dt)
        return None if at is None else timedelta(seconds=at[1])

    def tzname(self, dt):
        at = self._at(dt)
        if at is None:
            return None
        offset, dst, jdk_name, instant = at
        return _abbreviations.abbreviation(self._key, instant, dst != 0) or jdk_name

    def fromutc(self, dt):
        """Convert from datetime in UTC to datetime in local time"""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        seconds = (dt.replace(tzinfo=None) - _EPOCH) // _SECOND
        offset, _, _, _, fold = _weft_zoneinfo.utc(self._key, seconds)
        return (dt + timedelta(seconds=offset)).replace(fold=fold)

    def __str__(self):
        return self._key

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}(key={self._key!r})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


ZoneInfo.__init_subclass__()
ZoneInfo.__module__ = 'zoneinfo'
