"""hmac: keyed-hashing for message authentication (RFC 2104), over hashlib (Weft's own
implementation). An HMAC object is private to whoever made it, as a hashlib object is."""

import hashlib as _hashlib
from secrets import compare_digest

__all__ = ['new', 'digest', 'compare_digest', 'HMAC', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC: HMAC(key, msg=None, digestmod) with update(), digest(), hexdigest(), copy()."""

    blocksize = 64  # 512-bit HMAC; the digest's own block_size is what is used

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _digest_constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', 64)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds msg (bytes-like) into the HMAC."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The HMAC of what was fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The HMAC of what was fed so far, as hexadecimal text."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: new(key, msg, digestmod='sha256')."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest (a name or a constructor), at once."""
    return HMAC(key, msg, digest).digest()
