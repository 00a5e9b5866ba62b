"""zlib: checksums and deflate compression through java.util.zip (weft's own implementation).
The streaming objects are Java's Inflater and Deflater (_weft_binary.Inflate/Deflate); the gzip
container (wbits 16 + n) is framed here, as zlib itself frames it."""
import _weft_binary
from _thread import allocate_lock as _allocate_lock

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
Z_PARTIAL_FLUSH = 1
Z_BLOCK = 5
Z_TREES = 6
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _b(data):
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        # the Py_buffer converter's words
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def crc32(data, value=0, /):
    return _weft_binary.crc32(_b(data), value)


def adler32(data, value=1, /):
    return _weft_binary.adler32(_b(data), value)



_GZIP_HEADER = b'\x1f\x8b\x08\x00\x00\x00\x00\x00'
_FTEXT, _FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 1, 2, 4, 8, 16


def _container(wbits, for_compress):
    """'zlib', 'raw', 'gzip' or (decompression only) 'auto' for a wbits value, as zlib reads it."""
    if 9 <= wbits <= 15 or (wbits == 0 and not for_compress):
        return 'zlib'
    if -15 <= wbits <= -9:
        return 'raw'
    if 25 <= wbits <= 31 or (wbits == 16 and not for_compress):
        return 'gzip'
    if not for_compress and (40 <= wbits <= 47 or wbits == 32):
        return 'auto'
    return None


def compress(data, /, level=-1, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    if not -1 <= level <= 9:
        raise error('Bad compression level')
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    if _container(wbits, False) is None:
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    d = decompressobj(wbits)
    out = d.decompress(data)
    if not d.eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress:
    """A compression object, as compressobj() returns."""

    def __init__(self, level, wbits, strategy, zdict):
        self._kind = _container(wbits, True)
        self._engine = _weft_binary.Deflate(level, self._kind != 'zlib', strategy,
                                            None if zdict is None else _b(zdict))
        self._lock = _allocate_lock()
        self._started = False
        self._crc = 0
        self._size = 0
        # zlib's deflate header: 2 for the best compression, 4 for the fastest levels or Huffman-only
        self._xfl = b'\x02' if level == 9 else b'\x04' if 0 <= level < 2 or strategy >= 2 else b'\x00'
        self._done = False

    def _header(self):
        if self._kind == 'gzip' and not self._started:
            self._started = True
            return _GZIP_HEADER + self._xfl + b'\x03'
        return b''

    def compress(self, data, /):
        data = _b(data)
        with self._lock:
            if self._done:
                raise error('Error -2 while compressing data: inconsistent stream state')
            if self._kind == 'gzip':
                self._crc = crc32(data, self._crc)
                self._size += len(data)
            return self._header() + self._engine.compress(data)

    def flush(self, mode=Z_FINISH, /):
        with self._lock:
            if mode == Z_NO_FLUSH:
                return b''
            if self._done:
                raise error('Error -2 while flushing: inconsistent stream state')
            out = self._header() + self._engine.flush(mode)
            if mode == Z_FINISH:
                self._done = True
                if self._kind == 'gzip':
                    out += (self._crc & 0xffffffff).to_bytes(4, 'little') + (self._size & 0xffffffff).to_bytes(4, 'little')
            return out

    def copy(self):
        raise ValueError('Inconsistent stream state')


def _gzip_header_length(buf):
    """The length of the gzip header at the start of buf; None while incomplete; raises if it is not one."""
    if len(buf) < 10:
        if buf[:2] != b'\x1f\x8b'[:len(buf[:2])]:
            raise error('Error -3 while decompressing data: incorrect header check')
        return None
    if buf[:2] != b'\x1f\x8b':
        raise error('Error -3 while decompressing data: incorrect header check')
    if buf[2] != 8:
        raise error('Error -3 while decompressing data: unknown compression method')
    flags = buf[3]
    pos = 10
    if flags & _FEXTRA:
        if len(buf) < pos + 2:
            return None
        pos += 2 + int.from_bytes(buf[pos:pos + 2], 'little')
    for flag in (_FNAME, _FCOMMENT):
        if flags & flag:
            end = buf.find(b'\x00', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & _FHCRC:
        pos += 2
    return pos if len(buf) >= pos else None


class _Decompress:
    """A decompression object, as decompressobj() returns."""

    def __init__(self, wbits, zdict):
        self._kind = _container(wbits, False)
        self._zdict = None if not zdict else _b(zdict)
        self._engine = None if self._kind in ('gzip', 'auto') else \
            _weft_binary.Inflate(self._kind == 'raw', self._zdict)
        self._lock = _allocate_lock()
        self._pending = b''     # gzip header or trailer bytes not complete yet
        self._crc = 0
        self._size = 0
        self._in_trailer = False
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _start(self, data):
        """Reads the gzip header (or, for 'auto', decides the format); returns the data after it or None."""
        buf = self._pending + data
        if self._kind == 'auto':
            if len(buf) < 2:
                self._pending = buf
                return None
            self._kind = 'gzip' if buf[:2] == b'\x1f\x8b' else 'zlib'
            if self._kind == 'zlib':
                self._pending = b''
                self._engine = _weft_binary.Inflate(False, self._zdict)
                return buf
        n = _gzip_header_length(buf)
        if n is None:
            self._pending = buf
            return None
        self._pending = b''
        self._engine = _weft_binary.Inflate(True, None)
        return buf[n:]

    def _trailer(self, data):
        buf = self._pending + data
        if len(buf) < 8:
            self._pending = buf
            return
        self._pending = b''
        if int.from_bytes(buf[:4], 'little') != self._crc & 0xffffffff:
            raise error('Error -3 while decompressing data: incorrect data check')
        if int.from_bytes(buf[4:8], 'little') != self._size & 0xffffffff:
            raise error('Error -3 while decompressing data: incorrect length check')
        self.eof = True
        self.unused_data += buf[8:]

    def decompress(self, data, /, max_length=0):
        """Return bytes containing the decompressed version of the data, at most max_length bytes."""
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        data = _b(data)
        with self._lock:
            return self._decompress(data, max_length)

    def _decompress(self, data, max_length):
        if self.eof:
            self.unused_data += data
            return b''
        if self._in_trailer:
            self._trailer(data)
            return b''
        if self._engine is None:
            data = self._start(data)
            if data is None:
                return b''
        try:
            out, used = self._engine.inflate(data, max_length)
        except ValueError as e:
            raise error(str(e)) from None
        if self._kind == 'gzip':
            self._crc = crc32(out, self._crc)
            self._size += len(out)
        if self._engine.finished:
            self.unconsumed_tail = b''
            if self._kind == 'gzip':
                self._in_trailer = True
                self._trailer(data[used:])
            else:
                self.eof = True
                self.unused_data += data[used:]
        else:
            self.unconsumed_tail = data[used:]
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return bytes containing any remaining decompressed data."""
        if length <= 0:
            raise ValueError('length must be greater than zero')
        with self._lock:
            tail, self.unconsumed_tail = self.unconsumed_tail, b''
            return self._decompress(tail, 0) if tail else b''

    def copy(self):
        raise ValueError('Inconsistent stream state')


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if not -1 <= level <= 9 or method != DEFLATED or _container(wbits, True) is None \
            or not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    return _Compress(level, wbits, strategy, zdict)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if _container(wbits, False) is None:
        raise ValueError('Invalid initialization option')
    if zdict and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError('zdict argument must support the buffer protocol')
    return _Decompress(wbits, zdict)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
