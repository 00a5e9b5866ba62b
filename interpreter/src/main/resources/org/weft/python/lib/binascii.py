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
    try:
        return bytes(memoryview(data))
    except TypeError:
        # the clinic's ascii_buffer and Py_buffer converters' words
        if ascii_ok:
            raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                            % type(data).__name__) from None
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


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
    # CPython: binascii_a2b_base64_impl. Non-alphabet characters are skipped unless strict; a
    # complete pad sequence ends the data (strict: nothing may follow it).
    s = _b(data, True)
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    acc = bits = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(s):
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(s):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
        quad_pos = (quad_pos + 1) % 4
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


# --- quoted-printable (RFC 1521), as CPython's binascii writes and reads it ----------------------

_QP_MAXLINE = 76
_HEXDIGITS = b"0123456789ABCDEF"


def _qp_needs_quote(data, i, linelen, quotetabs, istext, header):
    c = data[i]
    last = i + 1 == len(data)
    if c > 126 or c == 0x3d or (header and c == 0x5f):
        return True
    if c == 0x2e and linelen == 0 and (last or data[i + 1] in (0x0a, 0x0d, 0)):
        return True  # a lone '.' line means end of message to SMTP
    if not istext and c in (0x0a, 0x0d):
        return True
    if c in (0x09, 0x20) and last:
        return True
    return c < 33 and c not in (0x0a, 0x0d) and (quotetabs or c not in (0x09, 0x20))


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _b(data)
    nl = data.find(b"\n")
    crlf = nl > 0 and data[nl - 1] == 0x0d
    soft = b"=\r\n" if crlf else b"=\n"
    out = bytearray()
    linelen = 0
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if _qp_needs_quote(data, i, linelen, quotetabs, istext, header):
            if linelen + 3 >= _QP_MAXLINE:
                out += soft
                linelen = 0
            out += b"=" + _HEXDIGITS[c >> 4:(c >> 4) + 1] + _HEXDIGITS[c & 15:(c & 15) + 1]
            linelen += 3
            i += 1
        elif istext and (c == 0x0a or (c == 0x0d and i + 1 < n and data[i + 1] == 0x0a)):
            linelen = 0
            if out and out[-1] in (0x20, 0x09):
                # whitespace before a line break must be quoted, or transport may strip it
                ws = out[-1]
                out[-1:] = b"=" + _HEXDIGITS[ws >> 4:(ws >> 4) + 1] + _HEXDIGITS[ws & 15:(ws & 15) + 1]
            out += b"\r\n" if crlf else b"\n"
            i += 2 if c == 0x0d else 1
        else:
            if i + 1 != n and data[i + 1] != 0x0a and linelen + 1 >= _QP_MAXLINE:
                out += soft
                linelen = 0
            linelen += 1
            out.append(0x5f if header and c == 0x20 else c)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _b(data, ascii_ok=True)
    out = bytearray()
    i, n = 0, len(data)
    hexdigits = b"0123456789abcdefABCDEF"
    while i < n:
        c = data[i]
        if c == 0x3d:
            i += 1
            if i >= n:
                break
            if data[i] in (0x0a, 0x0d):
                # a soft line break: skip to the end of the line
                while i < n and data[i] != 0x0a:
                    i += 1
                if i < n:
                    i += 1
            elif data[i] == 0x3d:
                out.append(0x3d)
                i += 1
            elif i + 1 < n and data[i] in hexdigits and data[i + 1] in hexdigits:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(0x3d)
        elif header and c == 0x5f:
            out.append(0x20)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


# Compare CPython binascii_b2a_uu_impl: a length character, then 6-bit groups offset by ' '.
def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _b(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray(b"`" if backtick and not data else bytes([0x20 + len(data)]))
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        group = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        for shift in (18, 12, 6, 0):
            ch = (group >> shift) & 0x3f
            out.append(0x60 if backtick and not ch else ch + 0x20)
    out.append(0x0a)
    return bytes(out)


# Compare CPython binascii_a2b_uu_impl: missing characters at the end of a line count as zeros;
# what follows the data may only be spaces, backticks and line ends.
def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _b(data, ascii_ok=True)
    bin_len = ((data[0] if data else 0) - 0x20) & 0o77
    out = bytearray()
    leftchar = leftbits = 0
    pos = 1
    while len(out) < bin_len:
        ch = data[pos] if pos < len(data) else 0
        if ch in (0x0a, 0x0d) or pos >= len(data):
            ch = 0
        elif ch < 0x20 or ch > 0x60:
            raise Error("Illegal char")
        else:
            ch = (ch - 0x20) & 0o77
        pos += 1
        leftchar = (leftchar << 6) | ch
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 0xff)
            leftchar &= (1 << leftbits) - 1
    for ch in data[pos:]:
        if ch not in (0x20, 0x60, 0x0a, 0x0d):
            raise Error("Trailing garbage")
    return bytes(out)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
