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

    def readlines(self, hint=-1):
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
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base class for text streams."""

    encoding = None
    errors = None
    newlines = None

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
        buf = self._buf
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        start = min(self._pos, len(buf))
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._check_closed()
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
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _NL = '\n'
    _PAD = '\0'
    _CLOSED = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._init(self._translate(initial_value))
        self.closed = False

    def _translate(self, s):
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
        if size is not None and not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
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
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _NL = b'\n'
    _PAD = b'\0'

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
        hint = -1 if hint is None else hint
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
del _weft_stdlib
