"""binascii: conversions between binary data and ASCII (weft's own implementation)."""
import _weft_binary


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _b(data, ascii_ok=False):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        if ascii_ok:
            try:
                return data.encode('ascii')
            except UnicodeEncodeError:
                raise ValueError('string argument should contain only ASCII characters') from None
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(data))


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _b(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _b(hexstr, True)
    if len(s) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(s.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def crc32(data, crc=0, /):
    return _weft_binary.crc32(_b(data), crc)


def crc_hqx(data, crc, /):
    crc &= 0xffff
    for byte in _b(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc


def b2a_base64(data, /, *, newline=True):
    data = _b(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    # CPython: binascii_a2b_base64_impl; non-alphabet characters are skipped unless strict
    s = _b(data, True)
    out = bytearray()
    acc = 0
    bits = 0
    quads = 0
    pads = 0
    for c in s:
        if c == 61:  # '='
            if quads % 4 >= 2:
                pads += 1
                if quads % 4 + pads >= 4:
                    quads = 0
                    acc = bits = pads = 0
                    break
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        pads = 0
        acc = (acc << 6) | v
        bits += 6
        quads += 1
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
    if quads % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % (len([c for c in s if c in _B64_REV])))
    if quads % 4 != 0:
        raise Error('Incorrect padding')
    return bytes(out)
