"""The punycode codec (RFC 3492 Bootstring with its Punycode parameters), for _weft_encodings.

Weft's own implementation; error wording follows CPython's encodings/punycode.py.
"""

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, first, numchars):
    # RFC 3492 section 6.1
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numchars
    divisions = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        divisions += _BASE
    return divisions + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return min(max(k - bias, _TMIN), _TMAX)


def encode(text):
    """str -> bytes: the basic code points, a '-' when there were any, then the deltas."""
    out = bytearray(c for c in map(ord, text) if c < 0x80)
    basic = handled = len(out)
    if basic:
        out.append(0x2D)
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    codes = [ord(c) for c in text]
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled == basic, handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit(ch, errors):
    code = ord(ch)
    if 0x41 <= code <= 0x5A:
        return code - 0x41
    if 0x30 <= code <= 0x39:
        return code - 22
    if errors == "strict":
        raise UnicodeError("Invalid extended code point '%s'" % ch)
    return None


def decode(data, errors="strict"):
    """bytes -> str; a bad digit or a truncated number ends the text unless errors is strict."""
    if isinstance(data, str):
        data = data.encode("ascii")
    data = bytes(data)
    pos = data.rfind(b"-")
    if pos == -1:
        base, extended = "", str(data, "ascii").upper()
    else:
        base, extended = str(data[:pos], "ascii", errors), str(data[pos + 1:], "ascii").upper()
    char, index, bias, extpos = _INITIAL_N, -1, _INITIAL_BIAS, 0
    while extpos < len(extended):
        start = extpos
        delta, w, k = 0, 1, _BASE
        while True:
            if extpos >= len(extended):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return base
            digit = _digit(extended[extpos], errors)
            extpos += 1
            if digit is None:
                return base
            delta += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        index += delta + 1
        char += index // (len(base) + 1)
        if char > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % char)
            char = ord("?")
        index %= len(base) + 1
        base = base[:index] + chr(char) + base[index:]
        bias = _adapt(delta, start == 0, len(base))
    return base
