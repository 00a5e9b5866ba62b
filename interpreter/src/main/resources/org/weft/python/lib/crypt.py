"""Wrapper to the POSIX crypt library call and associated functionality (deprecated since Python
3.11; written for Weft).

The JVM has no crypt(3), so the hashing schemes are computed here from their public
specifications: SHA-512 and SHA-256 crypt ($6$, $5$, Ulrich Drepper's) and MD5 crypt ($1$,
Poul-Henning Kamp's). Traditional DES and Blowfish are not available, so they are not in
methods, and crypt() answers a salt it cannot use with "*0", as libxcrypt answers an invalid one.
"""
import errno
import hashlib
import string as _string
import warnings
from collections import namedtuple as _namedtuple
from random import SystemRandom as _SystemRandom

warnings.warn("'crypt' is deprecated and slated for removal in Python 3.13", DeprecationWarning, stacklevel=2)

_saltchars = _string.ascii_letters + _string.digits + './'
_sr = _SystemRandom()


class _Method(_namedtuple('_Method', 'name ident salt_chars total_size')):
    """Class representing a salt method per the Modular Crypt Format or the
    legacy 2-character crypt method."""

    def __repr__(self):
        return '<crypt.METHOD_{}>'.format(self.name)


def mksalt(method=None, *, rounds=None):
    """Generate a salt for the specified method.

    If not specified, the strongest available method will be used.

    """
    if method is None:
        method = methods[0]
    if rounds is not None and not isinstance(rounds, int):
        raise TypeError(f'{rounds.__class__.__name__} object cannot be interpreted as an integer')
    if not method.ident:  # traditional
        s = ''
    else:  # modular
        s = f'${method.ident}$'
    if method.ident and method.ident[0] == '2':  # Blowfish variants
        if rounds is None:
            log_rounds = 12
        else:
            log_rounds = int.bit_length(rounds - 1)
            if rounds != 1 << log_rounds:
                raise ValueError('rounds must be a power of 2')
            if not 4 <= log_rounds <= 31:
                raise ValueError('rounds out of the range 2**4 to 2**31')
        s += f'{log_rounds:02d}$'
    elif method.ident in ('5', '6'):  # SHA-2
        if rounds is not None:
            if not 1000 <= rounds <= 999_999_999:
                raise ValueError('rounds out of the range 1000 to 999_999_999')
            s += f'rounds={rounds}$'
    elif rounds is not None:
        raise ValueError(f"{method} doesn't support the rounds argument")
    s += ''.join(_sr.choice(_saltchars) for char in range(method.salt_chars))
    return s


def crypt(word, salt=None):
    """Return a string representing the one-way hash of a password, with a salt
    prepended.

    If ``salt`` is not specified or is ``None``, the strongest
    available method will be selected and a salt generated.  Otherwise,
    ``salt`` may be one of the ``crypt.METHOD_*`` values, or a string as
    returned by ``crypt.mksalt()``.

    """
    if salt is None or isinstance(salt, _Method):
        salt = mksalt(salt)
    if not isinstance(word, str):
        raise TypeError("crypt() argument 1 must be str, not %s" % type(word).__name__)
    if not isinstance(salt, str):
        raise TypeError("crypt() argument 2 must be str, not %s" % type(salt).__name__)
    key = word.encode('utf-8')
    if salt.startswith('$6$'):
        return _sha_crypt(key, salt, '6', hashlib.sha512, _SHA512_ORDER)
    if salt.startswith('$5$'):
        return _sha_crypt(key, salt, '5', hashlib.sha256, _SHA256_ORDER)
    if salt.startswith('$1$'):
        return _md5_crypt(key, salt)
    return '*0'


_ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def _b64_from_24bit(b2, b1, b0, n):
    w = (b2 << 16) | (b1 << 8) | b0
    out = []
    for _ in range(n):
        out.append(_ITOA64[w & 0x3F])
        w >>= 6
    return ''.join(out)


def _encode(digest, order, tail):
    """The hash text: each byte triple of order as four characters, then the tail bytes."""
    text = ''.join(_b64_from_24bit(digest[a], digest[b], digest[c], 4) for a, b, c in order)
    return text + tail(digest)


_SHA512_ORDER = ((0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26), (6, 27, 48),
                 (28, 49, 7), (50, 8, 29), (9, 30, 51), (31, 52, 10), (53, 11, 32), (12, 33, 54), (34, 55, 13),
                 (56, 14, 35), (15, 36, 57), (37, 58, 16), (59, 17, 38), (18, 39, 60), (40, 61, 19),
                 (62, 20, 41))
_SHA256_ORDER = ((0, 10, 20), (21, 1, 11), (12, 22, 2), (3, 13, 23), (24, 4, 14), (15, 25, 5), (6, 16, 26),
                 (27, 7, 17), (18, 28, 8), (9, 19, 29))


def _repeat(block, length):
    """block repeated, then cut, to length bytes."""
    return (block * (length // len(block) + 1))[:length]


def _sha_crypt(key, setting, ident, hashfn, order):
    rest = setting[3:]
    rounds, custom = 5000, False
    if rest.startswith('rounds='):
        digits, dollar, after = rest[7:].partition('$')
        if not dollar or not digits.isdigit():
            return '*0'
        rounds, custom = int(digits), True
        if not 1000 <= rounds <= 999_999_999:
            return '*0'  # libxcrypt refuses what glibc would clamp
        rest = after
    salt = rest.split('$', 1)[0][:16].encode('utf-8')
    b = hashfn(key + salt + key).digest()
    a = hashfn(key + salt + _repeat(b, len(key)))
    n = len(key)
    while n:
        a.update(b if n & 1 else key)
        n >>= 1
    a = a.digest()
    p = _repeat(hashfn(key * len(key)).digest(), len(key))
    s = _repeat(hashfn(salt * (16 + a[0])).digest(), len(salt))
    for i in range(rounds):
        c = hashfn(p if i & 1 else a)
        if i % 3:
            c.update(s)
        if i % 7:
            c.update(p)
        c.update(a if i & 1 else p)
        a = c.digest()
    if ident == '6':
        tail = lambda d: _b64_from_24bit(0, 0, d[63], 2)
    else:
        tail = lambda d: _b64_from_24bit(0, d[31], d[30], 3)
    prefix = '$%s$' % ident + ('rounds=%d$' % rounds if custom else '')
    return prefix + salt.decode('utf-8') + '$' + _encode(a, order, tail)


def _md5_crypt(key, setting):
    salt = setting[3:].split('$', 1)[0][:8].encode('utf-8')
    magic = b'$1$'
    ctx = hashlib.md5(key + magic + salt)
    final = hashlib.md5(key + salt + key).digest()
    for pl in range(len(key), 0, -16):
        ctx.update(final[:min(16, pl)])
    i = len(key)
    while i:
        ctx.update(b'\0' if i & 1 else key[:1])
        i >>= 1
    final = ctx.digest()
    for i in range(1000):
        c = hashlib.md5(key if i & 1 else final)
        if i % 3:
            c.update(salt)
        if i % 7:
            c.update(key)
        c.update(final if i & 1 else key)
        final = c.digest()
    order = ((0, 6, 12), (1, 7, 13), (2, 8, 14), (3, 9, 15), (4, 10, 5))
    text = _encode(final, order, lambda d: _b64_from_24bit(0, 0, d[11], 2))
    return '$1$' + salt.decode('utf-8') + '$' + text


METHOD_SHA512 = _Method('SHA512', '6', 16, 106)
METHOD_SHA256 = _Method('SHA256', '5', 16, 63)
METHOD_BLOWFISH = _Method('BLOWFISH', '2b', 22, 59 + 22)
METHOD_MD5 = _Method('MD5', '1', 8, 34)
METHOD_CRYPT = _Method('CRYPT', None, 2, 13)

#  available methods, strongest first
methods = [METHOD_SHA512, METHOD_SHA256, METHOD_MD5]
