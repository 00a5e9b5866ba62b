"""zlib: checksums and deflate compression through java.util.zip (weft's own implementation).
Stateless functions; the streaming objects are private to their user."""
import _weft_binary

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_DEFAULT_COMPRESSION = -1
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_FINISH = 4
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_NO_FLUSH = 0
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _b(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(data))


def crc32(data, value=0, /):
    return _weft_binary.crc32(_b(data), value)


def adler32(data, value=1, /):
    return _weft_binary.adler32(_b(data), value)


def compress(data, /, level=-1, wbits=MAX_WBITS):
    if not -1 <= level <= 9:
        raise error('Bad compression level')
    return _weft_binary.compress(_b(data), level)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    try:
        return _weft_binary.decompress(_b(data), wbits)
    except ValueError as e:
        raise error(str(e)) from None


class _Compress:
    def __init__(self, level):
        self._level = level
        self._buf = bytearray()

    def compress(self, data):
        self._buf += _b(data)
        return b''

    def flush(self, mode=Z_FINISH):
        out = _weft_binary.compress(bytes(self._buf), self._level)
        self._buf = bytearray()
        return out


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._buf = bytearray()
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        self._buf += _b(data)
        try:
            out = _weft_binary.decompress(bytes(self._buf), self._wbits)
        except ValueError:
            return b''
        self._buf = bytearray()
        self.eof = True
        return out

    def flush(self, length=DEF_BUF_SIZE):
        return b''


def compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=0, zdict=None):
    return _Compress(level)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return _Decompress(wbits)
