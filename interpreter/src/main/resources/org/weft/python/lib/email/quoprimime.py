"""Quoted-printable content and header transfer encoding (RFC 2045, RFC 2047
'Q'), on str holding one character per byte."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode',
           'decodestring', 'header_decode', 'header_encode', 'header_length',
           'quote', 'unquote']

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''

# What each byte becomes: '=XX' unless it is safe as it stands.
_HEADER_MAP = ['=%02X' % c for c in range(256)]
_BODY_MAP = _HEADER_MAP[:]
for _c in b'-!*+/' + ascii_letters.encode('ascii') + digits.encode('ascii'):
    _HEADER_MAP[_c] = chr(_c)
_HEADER_MAP[ord(' ')] = '_'
for _c in (b' !"#$%&\'()*+,-./0123456789:;<>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ'
           b'[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t'):
    _BODY_MAP[_c] = chr(_c)
del _c


def header_check(octet):
    return chr(octet) != _HEADER_MAP[octet]


def body_check(octet):
    return chr(octet) != _BODY_MAP[octet]


def header_length(bytearray):
    """Length of the 'Q' form of these bytes."""
    return sum(len(_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    return sum(len(_BODY_MAP[b]) for b in bytearray)


def quote(c):
    return _HEADER_MAP[ord(c)] if ord(c) < 256 and _HEADER_MAP[ord(c)] != '_' \
        else '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    """One RFC 2047 'Q' encoded word for these bytes."""
    if not header_bytes:
        return ''
    encoded = ''.join(_HEADER_MAP[b] for b in header_bytes)
    return '=?%s?q?%s?=' % (charset, encoded)


def _body_translate(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in '\r\n' or o > 255:
            out.append(ch)
        else:
            out.append(_BODY_MAP[o])
    return ''.join(out)


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable lines of at most maxlinelen characters with soft
    breaks ('=' at the end) that never split an =XX escape."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = _body_translate(body)
    soft_break = '=' + eol
    width = maxlinelen - 1
    out = []
    for line in body.splitlines():
        start = 0
        last_start = len(line) - 1 - maxlinelen
        while start <= last_start:
            stop = start + width
            if line[stop - 2] == '=':
                out.append(line[start:stop - 1])
                start = stop - 2
            elif line[stop - 1] == '=':
                out.append(line[start:stop])
                start = stop - 1
            else:
                out.append(line[start:stop] + '=')
                start = stop
        if line and line[-1] in ' \t':
            room = start - last_start
            if room >= 3:
                tail = quote(line[-1])
            elif room == 2:
                tail = line[-1] + soft_break
            else:
                tail = soft_break + quote(line[-1])
            out.append(line[start:-1] + tail)
        else:
            out.append(line[start:])
    if body[-1] in CRLF:
        out.append('')
    return eol.join(out)


def decode(encoded, eol=NL):
    """Decode a quoted-printable body (str) to str, one char per byte."""
    if not encoded:
        return encoded
    decoded = ''
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            decoded += eol
            continue
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if c != '=':
                decoded += c
                i += 1
            elif i + 1 == n:
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                decoded += unquote(line[i:i + 3])
                i += 3
            else:
                decoded += c
                i += 1
            if i == n:
                decoded += eol
    if encoded[-1] not in '\r\n' and decoded.endswith(eol):
        decoded = decoded[:-1]
    return decoded


body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


def header_decode(s):
    """Decode the text of a 'Q' encoded word."""
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', _unquote_match, s, flags=re.ASCII)
