"""hashlib: secure hashes through the JDK's MessageDigest (weft's own implementation).

A hash object keeps the bytes fed to it and digests them on demand; each object is private to
whoever made it (CPython's objects are not meant for concurrent update either), so it needs no lock.
blake2b/blake2s and shake_* are not in the JDK 17: _weft_binary computes them (Blake2.java, Keccak.java).
"""
import _weft_binary

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128), 'sha512_256': (32, 128),
          'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72)}

algorithms_guaranteed = frozenset(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                                   'blake2b', 'blake2s', 'shake_128', 'shake_256'])
algorithms_available = frozenset(_SIZES) | algorithms_guaranteed


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


class _Blake2:
    """blake2b and blake2s: a keyed, salted, personalized hash with a chosen digest size."""
    _VARIANT = 'b'
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64
    block_size = 128

    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        maxd = self.MAX_DIGEST_SIZE
        digest_size = maxd if digest_size is None else _index(digest_size)
        if not 1 <= digest_size <= maxd:
            raise ValueError('digest_size must be between 1 and %d bytes' % maxd)
        key, salt, person = _as_buffer(key), _as_buffer(salt), _as_buffer(person)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError('maximum key length is %d bytes' % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError('maximum salt length is %d bytes' % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError('maximum person length is %d bytes' % self.PERSON_SIZE)
        if not 0 <= _index(fanout) <= 255:
            raise ValueError('fanout must be between 0 and 255')
        if not 1 <= _index(depth) <= 255:
            raise ValueError('depth must be between 1 and 255')
        for value in (leaf_size, node_offset):
            if _index(value) < 0:
                raise ValueError('value must be positive')
        if leaf_size >= 1 << 32:
            raise OverflowError('leaf_size is too large')
        if node_offset >= 1 << (64 if self._VARIANT == 'b' else 48):
            raise OverflowError('node_offset is too large')
        if not 0 <= _index(node_depth) <= 255:
            raise ValueError('node_depth must be between 0 and 255')
        if not 0 <= _index(inner_size) <= maxd:
            raise ValueError('inner_size must be between 0 and is %d' % maxd)
        self.digest_size = digest_size
        self._params = (digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
                        node_depth, inner_size, bool(last_node))
        self._data = bytearray(_as_bytes(data)) if data else bytearray()

    @property
    def name(self):
        return 'blake2' + self._VARIANT

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _weft_binary.blake2(self._VARIANT, bytes(self._data), *self._params)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = object.__new__(type(self))
        h.digest_size = self.digest_size
        h._params = self._params
        h._data = bytearray(self._data)
        return h


class blake2b(_Blake2):
    pass


class blake2s(_Blake2):
    _VARIANT = 's'
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32
    block_size = 64


blake2b.__module__ = blake2s.__module__ = '_blake2'


class _Shake:
    """shake_128 and shake_256: extendable output, so digest() takes the length wanted."""
    __slots__ = ('name', '_data')
    _RATES = {'shake_128': 168, 'shake_256': 136}
    digest_size = 0

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray(_as_bytes(data)) if data else bytearray()

    @property
    def block_size(self):
        return self._RATES[self.name]

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self, length):
        length = _index(length)
        if length < 0:
            raise ValueError('length must be non-negative')
        return _weft_binary.shake(bytes(self._data), self._RATES[self.name], length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def copy(self):
        h = _Shake(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASHXOF object @ %s>' % (self.name, hex(id(self)))


def shake_128(string=b'', *, usedforsecurity=True):
    return _Shake('shake_128', string)


def shake_256(string=b'', *, usedforsecurity=True):
    return _Shake('shake_256', string)


def _index(value):
    import operator
    return operator.index(value)


def _as_buffer(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def new(name, data=b'', **kwargs):
    key = name.lower().replace('-', '_') if isinstance(name, str) else name
    if key == 'sha':
        key = 'sha1'
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key == 'blake2s':
        return blake2s(data, **kwargs)
    if key in ('shake_128', 'shake_256'):
        return _Shake(key, data)
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def _constructor(name):
    fname = 'openssl_' + name

    # Compare CPython's argument clinic for _hashlib.openssl_<name>(string=b'', *,
    # usedforsecurity=True): its messages name the C function
    def make(*args, **kwargs):
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)' % (fname, len(args)))
        for key in kwargs:
            if key not in ('string', 'usedforsecurity'):
                raise TypeError('%r is an invalid keyword argument for %s()' % (key, fname))
        if args and 'string' in kwargs:
            raise TypeError("argument for %s() given by name ('string') and position (1)" % fname)
        return _Hash(name, args[0] if args else kwargs.get('string', b''))
    make.__name__ = make.__qualname__ = fname
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
    # CPython: pbkdf2_hmac_impl reads both counts as C longs and takes at most a C int of each
    iterations = _c_long(iterations)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > _INT_MAX:
        raise OverflowError('iteration value is too great.')
    base = hmac.new(password, None, hash_name)
    if dklen is None:
        dklen = base.digest_size
    dklen = _c_long(dklen)
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > _INT_MAX:
        raise OverflowError('key length is too great.')
    blocks = []
    have = 0
    loop = 1
    while have < dklen:
        have += base.digest_size
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


_INT_MAX = (1 << 31) - 1


def _c_long(n):
    n = n.__index__()
    if not -(1 << 63) <= n < (1 << 63):
        raise OverflowError('Python int too large to convert to C long')
    return n


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    # CPython: hashlib.file_digest, less its zero-copy memoryview
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        # io.BytesIO: the whole buffer, whatever the position (as CPython)
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)


# C code in CPython (_hashlib, _sha256, ...): tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
