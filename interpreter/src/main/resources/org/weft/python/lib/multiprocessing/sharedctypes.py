"""multiprocessing.sharedctypes for Weft: Value and Array shared between processes, which are
threads here (see multiprocessing.process), so they are plain memory guarded by a lock. The
values behave as the ctypes types CPython uses (c_int wraps around at 32 bits, c_float rounds
to single precision) and print as CPython prints them."""

import struct
import threading

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# typecode -> (ctypes name, kind, bits): the ctypes type multiprocessing maps each array
# typecode to, on a 64-bit Linux (where c_longlong is c_long).
_TYPES = {
    'c': ('c_char', 'char', 8), 'u': ('c_wchar', 'wchar', 32),
    'b': ('c_byte', 'int', 8), 'B': ('c_ubyte', 'uint', 8),
    'h': ('c_short', 'int', 16), 'H': ('c_ushort', 'uint', 16),
    'i': ('c_int', 'int', 32), 'I': ('c_uint', 'uint', 32),
    'l': ('c_long', 'int', 64), 'L': ('c_ulong', 'uint', 64),
    'q': ('c_long', 'int', 64), 'Q': ('c_ulong', 'uint', 64),
    'f': ('c_float', 'float', 32), 'd': ('c_double', 'float', 64),
}


def _type(typecode):
    try:
        return _TYPES[typecode]
    except (KeyError, TypeError):
        raise TypeError("Weft's multiprocessing.sharedctypes takes an array typecode "
                        "('b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', 'c', 'u'), not %r"
                        % (typecode,)) from None


def _convert(typecode, value):
    """value as the C type of typecode stores it, with ctypes' errors."""
    name, kind, bits = _type(typecode)
    if kind in ('int', 'uint'):
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        value &= (1 << bits) - 1
        if kind == 'int' and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value
    if kind == 'float':
        if not isinstance(value, (int, float)):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        return struct.unpack('f', struct.pack('f', value))[0] if bits == 32 else float(value)
    if kind == 'char':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        if isinstance(value, int) and 0 <= value < 256:
            return bytes([value])
        raise TypeError("one character bytes, bytearray or integer expected")
    if isinstance(value, str) and len(value) == 1:
        return value
    raise TypeError("one character unicode string expected")


def _zero(typecode):
    kind = _type(typecode)[1]
    return {'int': 0, 'uint': 0, 'float': 0.0, 'char': b'\x00', 'wchar': ''}[kind]


class _CValue:
    """A single C value (the ctypes object of RawValue)."""

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._value = _convert(typecode, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = _convert(self._typecode, value)

    def __repr__(self):
        return '%s(%r)' % (_type(self._typecode)[0], self._value)


class _CArray:
    """A fixed-length C array (the ctypes object of RawArray)."""

    def __init__(self, typecode, items):
        self._typecode = typecode
        self._items = [_convert(typecode, v) for v in items]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        # A slice of a c_char array is bytes, of a c_wchar array str, as ctypes gives them.
        if isinstance(i, slice):
            kind = _type(self._typecode)[1]
            if kind == 'char':
                return b''.join(self._items[i])
            if kind == 'wchar':
                return ''.join(self._items[i])
        return self._items[i]

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            values = [_convert(self._typecode, v) for v in value]
            if len(values) != len(range(*i.indices(len(self._items)))):
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = values
        else:
            self._items[i] = _convert(self._typecode, value)

    def __iter__(self):
        return iter(list(self._items))

    @property
    def value(self):
        if _type(self._typecode)[1] != 'char':
            raise AttributeError("'%s' object has no attribute 'value'" % self._type_name())
        return b''.join(self._items).split(b'\x00', 1)[0]

    def _type_name(self):
        return '%s_Array_%d' % (_type(self._typecode)[0], len(self._items))

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s object at %#x>' % (self._type_name(), id(self))


def RawValue(typecode_or_type, *args):
    """A C value of the given typecode, without a lock."""
    return _CValue(typecode_or_type, args[0] if args else _zero(typecode_or_type))


def RawArray(typecode_or_type, size_or_initializer):
    """A C array of the given typecode: size zeros, or the initializer's items; no lock."""
    if isinstance(size_or_initializer, int):
        return _CArray(typecode_or_type, [_zero(typecode_or_type)] * size_or_initializer)
    return _CArray(typecode_or_type, list(size_or_initializer))


def _lock_for(lock):
    if lock is True or lock is None:
        from multiprocessing.synchronize import RLock
        return RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A C value shared by processes, with a lock (get_lock()) unless lock=False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A C array shared by processes, with a lock (get_lock()) unless lock=False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    return SynchronizedArray(obj, _lock_for(lock))


def copy(obj):
    """A new raw object with obj's contents."""
    if isinstance(obj, _CArray):
        return _CArray(obj._typecode, list(obj._items))
    return _CValue(obj._typecode, obj._value)


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped with a lock."""
    wrapper = SynchronizedArray if isinstance(obj, _CArray) else Synchronized
    return wrapper(obj, _lock_for(lock))


class SynchronizedBase:
    """A shared object and its lock: get_obj(), get_lock(), acquire(), release(), with."""

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = _lock_for(lock)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    """A shared C value; each read or write of .value holds the lock (v.value += 1 does not:
    use `with v.get_lock():` around it, as in CPython)."""

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):
    """A shared C array; each item or slice access holds the lock."""

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    @property
    def value(self):
        with self._lock:
            return self._obj.value
