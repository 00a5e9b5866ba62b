"""Base64 content and header transfer encoding (RFC 2045, RFC 2047 'B')."""

from base64 import b64encode
from binascii import b2a_base64, a2b_base64

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring',
           'header_encode', 'header_length']

NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """Length of the base64 form of these bytes."""
    groups, leftover = divmod(len(bytearray), 3)
    return groups * 4 + (4 if leftover else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    """One RFC 2047 'B' encoded word for these bytes (or str in charset)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return '=?%s?b?%s?=' % (charset, b64encode(header_bytes).decode('ascii'))


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 lines of at most maxlinelen characters, each ended by eol."""
    if not s:
        return ""
    step = maxlinelen * 3 // 4
    lines = []
    for i in range(0, len(s), step):
        enc = b2a_base64(s[i:i + step]).decode('ascii')
        if enc.endswith(NL) and eol != NL:
            enc = enc[:-1] + eol
        lines.append(enc)
    return EMPTYSTRING.join(lines)


def decode(string):
    """Decode base64 text (str or bytes) to bytes."""
    if not string:
        return bytes()
    if isinstance(string, str):
        return a2b_base64(string.encode('raw-unicode-escape'))
    return a2b_base64(string)


body_decode = decode
decodestring = decode
