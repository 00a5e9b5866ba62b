"""struct: conversion between Python values and C structs as bytes (weft's own implementation).

Compiled formats are cached in a dict shared by all threads: item assignment is atomic and a
duplicate entry only costs a recompile. Struct objects are immutable.
"""
import _weft_binary
import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code -> (native size, standard size); None = not allowed in standard mode
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
          'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, None),
          'N': (8, None), 'P': (8, None), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1)}
_SIGNED = frozenset('bhilqn')
_INT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_cache = {}


def _compile(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif isinstance(fmt, str):
        # CPython: Struct___init___impl encodes a str format as ASCII first (UnicodeEncodeError).
        fmt.encode('ascii')
    else:
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    if '\x00' in fmt:
        # CPython: the format becomes a C string (PyBytes_AsString's check, as struct.error)
        raise error('embedded null character')
    order = '@'
    body = fmt
    if body[:1] in ('@', '=', '<', '>', '!'):
        order = body[0]
        body = body[1:]
    native = order == '@'
    little = order in ('<', '=', '@')
    items = []  # (code, offset, size, count)
    offset = 0
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            count = int(body[i:j])
            if count > _SSIZE_MAX:
                raise error('total struct size too long')
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = body[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error('bad char in struct format')
        size = sizes[0] if native else sizes[1]
        if native and c not in 'sp':
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        if c in 'sp':
            items.append((c, offset, count, 1))
            offset += count
        elif c == 'x':
            offset += count
        else:
            if count > (_SSIZE_MAX - offset) // size:
                raise error('total struct size too long')
            for _ in range(count):
                items.append((c, offset, size, 1))
                offset += size
        if offset > _SSIZE_MAX:
            raise error('total struct size too long')
    return items, offset, little, native


_SSIZE_MAX = (1 << 63) - 1  # CPython: prepare_s fails past Py_SSIZE_T_MAX


def _get(fmt):
    entry = _cache.get(fmt)
    if entry is None:
        entry = _compile(fmt)
        if len(_cache) > 512:
            _cache.clear()
        _cache[fmt] = entry
    return entry


def _as_int(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _pack_int(code, v, size, little, native):
    v = _as_int(v)
    if code == 'P':
        # CPython: np_void_p uses PyLong_AsVoidPtr, which takes a C long when negative and an
        # unsigned long otherwise, and reports any other value the same way.
        if not -(1 << 63) <= v <= (1 << 64) - 1:
            raise error('int too large to convert')
        return (v & ((1 << 64) - 1)).to_bytes(size, 'little' if little else 'big')
    bits = size * 8
    signed = code in _SIGNED
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= v <= hi:
        raise error(_int_range_message(code, v, lo, hi, size, not little and not native))
    return v.to_bytes(size, 'little' if little else 'big', signed=signed)


def _int_range_message(code, v, lo, hi, size, big_endian):
    """CPython's words for an int that does not fit, which depend on how _struct.c fetches it:
    big-endian 8-byte packers convert directly; the others first read a C long (b, B, h, and H in
    little or native order) or unsigned long (I, L, Q, N, big-endian H), then check the range."""
    if big_endian and size == 8:
        return 'int too large to convert'
    by_unsigned_long = code in 'ILQN' or (code == 'H' and big_endian)
    if by_unsigned_long and not 0 <= v <= (1 << 64) - 1:
        return 'argument out of range'
    if not by_unsigned_long and not -(1 << 63) <= v <= (1 << 63) - 1:
        return 'argument out of range'
    if code in 'bB' or (code in 'hH' and not big_endian):
        return '%s format requires %d <= number <= %d' % (_INT_NAMES[code], lo, hi)
    if size <= 4:
        return "'%s' format requires %d <= number <= %d" % (code, lo, hi)
    return 'argument out of range'


def _pack_float(code, v, size, little, native):
    # CPython: any failure of PyFloat_AsDouble (no __float__, an int too large) becomes this error
    try:
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError
        v = float(v)
    except (TypeError, OverflowError):
        raise error('required argument is not a float') from None
    if size == 8:
        bits = _weft_binary.double_bits(v) & ((1 << 64) - 1)
    elif size == 4:
        bits = _weft_binary.float_bits(v)
        # CPython: PyFloat_Pack4 fails only when rounding a finite double to float gives infinity
        if not native and bits & 0x7fffffff == 0x7f800000 and not _math.isinf(v):
            raise OverflowError('float too large to pack with f format')
    else:
        bits = _half_bits(v)
    return bits.to_bytes(size, 'little' if little else 'big')


def _half_bits(x):
    # IEEE 754 binary16, round half to even (CPython: PyFloat_Pack2)
    sign = 0
    if _math.copysign(1.0, x) < 0:
        sign = 1
        x = -x
    if _math.isnan(x):
        return (sign << 15) | 0x7e00
    if _math.isinf(x):
        return (sign << 15) | 0x7c00
    if x == 0:
        return sign << 15
    m, e = _math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    e -= 1
    if e < -14:
        # subnormal: units of 2**-24
        q = x * (1 << 24)
        r = round(q)
        if r >= 1024:
            return (sign << 15) | (1 << 10) | (r - 1024)
        return (sign << 15) | int(r)
    frac = (2 * m - 1) * 1024
    r = round(frac)
    if r == 1024:
        r = 0
        e += 1
    if e > 15:
        raise OverflowError('float too large to pack with e format')
    return (sign << 15) | ((e + 15) << 10) | int(r)


def _unpack_half(bits):
    sign = -1.0 if bits >> 15 else 1.0
    e = (bits >> 10) & 0x1f
    f = bits & 0x3ff
    if e == 0:
        return sign * f * 2.0 ** -24
    if e == 31:
        return sign * _math.inf if f == 0 else _math.nan
    return sign * (1 + f / 1024) * 2.0 ** (e - 15)


def _pack_one(code, v, size, little, native):
    if code in 'bBhHiIlLqQnNP':
        return _pack_int(code, v, size, little, native)
    if code in 'efd':
        return _pack_float(code, v, size, little, native)
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code == 'c':
        if isinstance(v, (bytes, bytearray)) and len(v) == 1:
            return bytes(v)
        raise error('char format requires a bytes object of length 1')
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for '%s' must be a bytes object" % code)
    if code == 's':
        return bytes(v[:size]).ljust(size, b'\x00')
    n = min(len(v), size - 1, 255)
    if size == 0:
        return b''
    return bytes([n]) + bytes(v[:n]).ljust(size - 1, b'\x00')


def _pack(items, total, little, native, values, name='pack'):
    if len(values) != len(items):
        raise error('%s expected %d items for packing (got %d)' % (name, len(items), len(values)))
    out = bytearray(total)
    for (code, off, size, _), v in zip(items, values):
        try:
            out[off:off + size] = _pack_one(code, v, size, little, native)
        except OverflowError:
            # CPython: s_pack_internal turns an OverflowError from packing an int
            # (an int too large for 'e' or standard-size 'f') into struct.error
            if isinstance(v, int):
                raise error('int too large to convert') from None
            raise
    return out


def _unpack(items, little, data, base):
    res = []
    bo = 'little' if little else 'big'
    for code, off, size, _ in items:
        chunk = data[base + off:base + off + size]
        if code in 'bBhHiIlLqQnNP':
            res.append(int.from_bytes(chunk, bo, signed=code in _SIGNED))
        elif code == 'd':
            res.append(_weft_binary.bits_double(int.from_bytes(chunk, bo)))
        elif code == 'f':
            res.append(_weft_binary.bits_float(int.from_bytes(chunk, bo)))
        elif code == 'e':
            res.append(_unpack_half(int.from_bytes(chunk, bo)))
        elif code == '?':
            res.append(chunk != b'\x00')
        elif code in 'cs':
            res.append(bytes(chunk))
        else:
            n = min(chunk[0], size - 1) if size else 0
            res.append(bytes(chunk[1:1 + n]))
    return tuple(res)


def _buffer(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(data))


class Struct:
    """A compiled format: pack/unpack without re-parsing."""

    def __init__(self, format):
        items, size, little, native = _compile(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self.size = size
        self._c = (items, little, native)

    def pack(self, *values):
        items, little, native = self._c
        return bytes(_pack(items, self.size, little, native, values))

    def pack_into(self, buffer, offset, *values):
        items, little, native = self._c
        data = _pack(items, self.size, little, native, values, 'pack_into')
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return _unpack(self._c[0], self._c[1], data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, n))
        return _unpack(self._c[0], self._c[1], data, offset)

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (_unpack(self._c[0], self._c[1], data, k) for k in range(0, len(data), self.size))



# CPython 3.11's Struct is _struct.Struct, with object's repr (Struct('<i') is 3.13's)
Struct.__module__ = '_struct'


def _struct(fmt):
    s = _cache.get(('S', fmt))
    if s is None:
        s = Struct(fmt)
        _cache[('S', fmt)] = s
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()

# error messages name this as CPython's C type: '_struct.Struct'
import _weft_stdlib
_weft_stdlib.set_type_name(Struct, '_struct.Struct')
del _weft_stdlib

# CPython's struct is the C module _struct: its functions leave no frame in a traceback
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
