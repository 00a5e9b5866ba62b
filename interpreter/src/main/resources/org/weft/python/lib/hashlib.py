"""hashlib: secure hashes through the JDK's MessageDigest (weft's own implementation).

A hash object keeps the bytes fed to it and digests them on demand; each object is private to
whoever made it (CPython's objects are not meant for concurrent update either), so it needs no lock.
blake2b/blake2s and shake_* are not in the JDK 17 and are not provided.
"""
import _weft_binary

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128), 'sha512_256': (32, 128),
          'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72)}

algorithms_guaranteed = frozenset(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'])
algorithms_available = frozenset(_SIZES)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray(_as_bytes(data)) if data else bytearray()

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _weft_binary.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', **kwargs):
    key = name.lower().replace('-', '_') if isinstance(name, str) else name
    if key == 'sha':
        key = 'sha1'
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    make.__name__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


# CPython: pbkdf2_hmac in Lib/hashlib.py's pure-Python fallback (RFC 8018, section 5.2)
def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PBKDF2) with HMAC as the pseudorandom function."""
    import hmac
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    base = hmac.new(password, None, hash_name)
    if dklen is None:
        dklen = base.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    blocks = []
    loop = 1
    while len(b''.join(blocks)) < dklen:
        prf = base.copy()
        prf.update(salt + loop.to_bytes(4, 'big'))
        u = prf.digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            prf = base.copy()
            prf.update(u)
            u = prf.digest()
            acc ^= int.from_bytes(u, 'big')
        blocks.append(acc.to_bytes(base.digest_size, 'big'))
        loop += 1
    return b''.join(blocks)[:dklen]


def file_digest(fileobj, digest, /):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(65536)
        if not chunk:
            return h
        h.update(chunk)


