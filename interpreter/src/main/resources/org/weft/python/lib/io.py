"""The io module: in-memory streams (StringIO, BytesIO) and the file object types of open()."""

import abc as _abc
import builtins as _builtins
from _weft_stdlib import (UnsupportedOperation, TextIOWrapper, BufferedReader, BufferedWriter,
                          BufferedRandom, FileIO)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


_SSIZE_MIN = -(1 << 63)
_SSIZE_MAX = (1 << 63) - 1


def _optional_size(size):
    """A size or hint argument: None (-1) or an integer. CPython: _Py_convert_optional_to_ssize_t."""
    if size is None:
        return -1
    index = getattr(type(size), '__index__', None)
    if index is None:
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    size = index(size)
    if not _SSIZE_MIN <= size <= _SSIZE_MAX:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return size


def _ssize(value):
    """An integer argument such as seek()'s position. CPython: PyLong_AsSsize_t after __index__."""
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    value = index(value)
    if not _SSIZE_MIN <= value <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class of all I/O classes."""

    closed = False
    _CLOSED = "I/O operation on closed file."

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._CLOSED)

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        """Bytes up to and including the next b'\\n', read one at a time (with peek() when the
        stream has it). CPython: _io__IOBase_readline_impl."""
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            nread = 1
            peek = getattr(self, "peek", None)
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    n = ahead.find(b"\n")
                    nread = n + 1 if n >= 0 else len(ahead)
                    if size >= 0:
                        nread = min(nread, size - len(res))
            b = self.read(nread)
            if b is None:
                break
            if not isinstance(b, bytes):
                raise OSError("read() should have returned a bytes object, not '%s'" % type(b).__name__)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def readlines(self, hint=-1):
        hint = _optional_size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")


class RawIOBase(IOBase):
    """Base class for raw binary I/O: read() and readall() are made of the subclass's readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    # CPython's _io._RawIOBase leaves both to subclasses: NotImplementedError()
    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams: readinto() and readinto1() are made of read()."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def write(self, b):
        raise UnsupportedOperation("write")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    @staticmethod
    def _readinto(b, read):
        m = memoryview(b)
        if m.format != 'B' or m.ndim != 1:
            m = m.cast('B')
        data = read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base class for text streams."""

    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


class _Memory:
    """The buffer logic StringIO and BytesIO share.

    Appends at the end go to a list of pending pieces (joined on the next other operation), so
    writing n pieces costs O(total), as print(..., file=buf) loops expect.
    """

    def _init(self, initial):
        self._value = initial
        self._tail = []
        self._size = len(initial)
        self._pos = 0

    @property
    def _buf(self):
        if self._tail:
            self._value = self._value + self._value[:0].join(self._tail)
            self._tail = []
        return self._value

    @_buf.setter
    def _buf(self, value):
        self._tail = []
        if type(self._value) is bytearray:
            self._value[:] = value  # in place: BytesIO.getbuffer() views share this store
        else:
            self._value = value
        self._size = len(value)

    def getvalue(self):
        self._check_closed()
        return self._buf

    def readable(self):
        self._check_closed()
        return True

    writable = seekable = readable

    def read(self, size=-1):
        self._check_closed()
        size = _optional_size(size)
        buf = self._buf
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        start = min(self._pos, len(buf))
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._check_closed()
        size = _optional_size(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return buf[:0]
        nl = buf.find(self._NL, start)
        end = len(buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def write(self, s):
        self._check_closed()
        s = self._coerce(s)
        n = len(s)
        if n == 0:
            return 0
        pos = self._pos
        if pos == self._size:
            self._tail.append(s)
            self._size += n
            self._pos = pos + n
            return n
        buf = self._buf
        if pos > len(buf):
            buf = buf + self._PAD * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _optional_size(size)
        if size < 0:
            raise ValueError(self._NEGATIVE_SIZE % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


# the newlines attribute for the kinds seen: 1 '\n', 2 '\r', 4 '\r\n' (IncrementalNewlineDecoder's order)
_NEWLINES_SEEN = {1: '\n', 2: '\r', 4: '\r\n', 3: ('\r', '\n'), 5: ('\n', '\r\n'), 6: ('\r', '\r\n'),
                  7: ('\r', '\n', '\r\n')}


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _NL = '\n'
    _PAD = '\0'
    _CLOSED = "I/O operation on closed file"
    _NEGATIVE_SIZE = "Negative size value %d"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        # the line endings seen by the newline decoder that newline None and '' have (newlines)
        self._seen = 0 if newline in (None, '') else None
        self._init(self._translate(initial_value))
        self.closed = False

    def _translate(self, s):
        if self._seen is not None and ('\r' in s or '\n' in s):
            crlf = s.count('\r\n')
            # CPython decodes each write as final: a '\r' at its end is a lone CR
            self._seen |= ((1 if s.count('\n') > crlf else 0) | (2 if s.count('\r') > crlf else 0)
                           | (4 if crlf else 0))
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _coerce(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        return self._translate(s)

    def readline(self, size=-1):
        # lines end at '\n', except with newline '' (any of '\r', '\n', '\r\n') or '\r'
        if self._newline not in ('', '\r'):
            return super().readline(size)
        self._check_closed()
        size = _optional_size(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return ''
        if self._newline == '\r':
            nl = buf.find('\r', start)
            end = len(buf) if nl < 0 else nl + 1
        else:
            end = len(buf)
            for i in range(start, len(buf)):
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if buf.startswith('\n', i + 1) else i + 1
                    break
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def seek(self, pos, whence=0):
        pos, whence = _ssize(pos), _ssize(whence)
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")  # sic: CPython's StringIO says cur
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_closed()
        return _NEWLINES_SEEN.get(self._seen) if self._seen is not None else None

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _NL = b'\n'
    _PAD = b'\0'
    _NEGATIVE_SIZE = "negative size value %d"

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        elif not isinstance(initial_bytes, (bytes, bytearray)):
            try:
                initial_bytes = memoryview(initial_bytes)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(initial_bytes).__name__) from None
        self._init(bytes(initial_bytes))
        self.closed = False

    def _coerce(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(b)

    def readlines(self, hint=-1):
        # CPython's BytesIO, unlike the other streams, stops once the total reaches the hint
        self._check_closed()
        if hint is None:
            hint = -1
        elif not isinstance(hint, int):
            raise TypeError("integer argument expected, got '%s'" % type(hint).__name__)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        # From the first call on, the store is a bytearray changed in place, so the view reads and
        # writes the stream's bytes, and a view held in a with block stops resizing (BufferError).
        self._check_closed()
        if type(self._value) is not bytearray:
            self._value = bytearray(self._buf)
        return memoryview(self._value)

    def getvalue(self):
        v = super().getvalue()
        return bytes(v) if type(v) is bytearray else v

    def read(self, size=-1):
        r = super().read(size)
        return bytes(r) if type(r) is bytearray else r

    def readline(self, size=-1):
        r = super().readline(size)
        return bytes(r) if type(r) is bytearray else r

    def write(self, b):
        buf = self._value
        if type(buf) is not bytearray:
            return super().write(b)
        self._check_closed()
        s = self._coerce(b)
        n = len(s)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(buf):
            buf[len(buf):] = self._PAD * (pos - len(buf))
        buf[pos:pos + n] = s
        self._size = len(buf)
        self._pos = pos + n
        return n

    def readinto(self, b):
        # b's raw bytes, whatever its item format (an array('i'), a cast view), as CPython fills them.
        m = memoryview(b)
        if m.readonly:
            raise TypeError('readinto() argument must be read-write bytes-like object, not %s' % type(b).__name__)
        if m.format != 'B' or m.ndim != 1:
            m = m.cast('B')
        data = self.read(len(m))
        m[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        pos, whence = _ssize(pos), _ssize(whence)
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


class _BufferedOverRaw(BufferedIOBase):
    """BufferedReader, BufferedWriter and BufferedRandom over a raw stream written in Python (the
    Java types buffer only Weft's own files): what io.BufferedReader(raw) returns then."""

    _KIND = 'BufferedReader'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        if self._KIND != 'BufferedWriter' and not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if self._KIND != 'BufferedReader' and not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        if self._KIND == 'BufferedRandom' and not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def readable(self):
        return self._KIND != 'BufferedWriter' and self._raw.readable()

    def writable(self):
        return self._KIND != 'BufferedReader' and self._raw.writable()

    def seekable(self):
        return self._raw.seekable()

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def _check_readable(self):
        self._check_closed()
        if self._KIND == 'BufferedWriter':
            raise UnsupportedOperation("read")

    def _fill(self, want):
        chunk = self._raw.read(max(want, self.buffer_size))
        if chunk:
            self._rbuf += chunk
        return bool(chunk)

    def read(self, size=-1):
        self._check_readable()
        self._flush_writes()
        if size is None or size < 0:
            rest = self._raw.readall() if hasattr(self._raw, 'readall') else self._raw.read()
            data, self._rbuf = self._rbuf + (rest or b''), b''
            return data
        while len(self._rbuf) < size and self._fill(size - len(self._rbuf)):
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_readable()
        self._flush_writes()
        if not self._rbuf:
            self._fill(size if size and size > 0 else self.buffer_size)
        n = len(self._rbuf) if size is None or size < 0 else size
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return data

    def peek(self, size=0):
        self._check_readable()
        self._flush_writes()
        if not self._rbuf:
            self._fill(self.buffer_size)
        return self._rbuf

    def write(self, b):
        self._check_closed()
        if self._KIND == 'BufferedReader':
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._rbuf:
            # what was read ahead goes back: the write lands at the logical position
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        # CPython's _io__Buffered_write: what fits is only buffered (even filling the buffer up);
        # else the buffer is flushed, then the data is written straight through while more than
        # a buffer's worth remains, and the tail is buffered
        if len(data) <= self.buffer_size - len(self._wbuf):
            self._wbuf += data
            return len(data)
        self._flush_writes()
        rest = data
        while len(rest) > self.buffer_size:
            n = self._raw.write(rest)
            if not n:
                break
            rest = rest[n:]
        self._wbuf += rest
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if not n:
                break
            del self._wbuf[:n]

    def flush(self):
        self._check_closed()
        self._flush_writes()
        self._raw.flush()

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2, 3, 4):
            raise ValueError("whence value %d unsupported" % whence)
        self._check_closed()
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self._raw.seek(pos, whence)

    def tell(self):
        return self._raw.tell() - len(self._rbuf) + len(self._wbuf)

    def truncate(self, pos=None):
        self._check_closed()
        if self._KIND == 'BufferedReader':
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._raw.truncate(pos)

    def close(self):
        if self._raw is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._raw.close()

    def detach(self):
        if self._raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def __repr__(self):
        try:
            name = self._raw.name
        except Exception:
            return '<_io.%s>' % self._KIND
        return '<_io.%s name=%r>' % (self._KIND, name)


class _BufferedReaderOverRaw(_BufferedOverRaw):
    _KIND = 'BufferedReader'


class _BufferedWriterOverRaw(_BufferedOverRaw):
    _KIND = 'BufferedWriter'


class _BufferedRandomOverRaw(_BufferedOverRaw):
    _KIND = 'BufferedRandom'


for _c in (StringIO, BytesIO, IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = '_io' if _c in (StringIO, BytesIO) else 'io'
del _c

# the file objects of open() are written in Java; as in CPython, the ABCs claim them
RawIOBase.register(FileIO)
for _t in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_t)
TextIOBase.register(TextIOWrapper)
del _t

# error messages name these as CPython's C types: '_io.StringIO'
import _weft_stdlib
_weft_stdlib.set_type_name(StringIO, '_io.StringIO')
_weft_stdlib.set_type_name(BytesIO, '_io.BytesIO')
for _c in (_BufferedReaderOverRaw, _BufferedWriterOverRaw, _BufferedRandomOverRaw):
    _c.__name__ = _c.__qualname__ = _c._KIND
    _c.__module__ = '_io'
    _weft_stdlib.set_type_name(_c, '_io.' + _c._KIND)
del _c
del _weft_stdlib

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
