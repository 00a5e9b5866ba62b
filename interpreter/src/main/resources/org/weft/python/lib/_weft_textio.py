"""Text over a binary stream, for the binary objects that are written in Python (a pipe of a
child process, a GzipFile): what io.TextIOWrapper does for files (weft's own implementation).
Not thread-safe beyond what the stream itself guarantees, as CPython's TextIOWrapper."""
import io


def translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class TextReader(io.TextIOBase):
    """A binary stream read as text: decoded with `encoding`; newline None translates
    '\\r\\n' and '\\r' to '\\n' (universal newlines), '' or '\\n' leaves them."""

    def __init__(self, raw, encoding, errors, newline=None):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self._translate = newline is None
        self._undecoded = b''
        self._text = ''
        self._eof = False

    def readable(self):
        return True

    def _decode(self, data, final):
        data = self._undecoded + data
        try:
            text = data.decode(self.encoding, self.errors)
            self._undecoded = b''
        except UnicodeDecodeError as e:
            # a multi-byte character cut at the end of what has arrived: keep its bytes for later
            if final or e.end != len(data) or len(data) - e.start > 4:
                raise
            text = data[:e.start].decode(self.encoding, self.errors)
            self._undecoded = data[e.start:]
        if self._translate and not final and text.endswith('\r'):
            # the '\n' of a '\r\n' may come in the next chunk
            self._undecoded = text[-1].encode(self.encoding) + self._undecoded
            text = text[:-1]
        self._text += translate_newlines(text) if self._translate else text

    def _fill(self):
        chunk = self.buffer.read1(8192)
        self._eof = not chunk
        self._decode(chunk, self._eof)
        return not self._eof

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            self._decode(self.buffer.read(), True)
            text, self._text = self._text, ''
            return text
        while len(self._text) < size and self._fill():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def readline(self, size=-1):
        self._check_closed()
        while '\n' not in self._text and not (size is not None and 0 <= size <= len(self._text)):
            if not self._fill():
                break
        end = self._text.find('\n') + 1 or len(self._text)
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def close(self):
        if not self.closed:
            try:
                self.flush() if self.writable() else None
            finally:
                self.closed = True
                self.buffer.close()

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        return '<_io.TextIOWrapper encoding=%r>' % self.encoding


class TextWriter(io.TextIOBase):
    """A binary stream written as text, encoded with `encoding`."""

    def __init__(self, raw, encoding, errors, newline=None):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self._newline = newline

    def writable(self):
        return True

    def write(self, text):
        self._check_closed()
        if not isinstance(text, str):
            raise TypeError('write() argument must be str, not %s' % type(text).__name__)
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush() if self.writable() else None
            finally:
                self.closed = True
                self.buffer.close()

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        return '<_io.TextIOWrapper encoding=%r>' % self.encoding


class TextWrapper:
    """The engine of io.TextIOWrapper over a binary stream written in Python (BytesIO, a
    GzipFile, sys.stdin.buffer): decodes what it reads in chunks, encodes what it writes, and
    gives tell() as the byte position of the next unread character."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        import codecs
        codecs.lookup(encoding)  # LookupError: unknown encoding, as CPython
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = bool(line_buffering)
        self.write_through = bool(write_through)
        self._decoder = codecs.getincrementaldecoder(encoding)(self.errors)
        self._text = ''          # decoded, not yet returned
        self._pending_bytes = 0  # bytes read from the buffer that _text came from
        self._pending_cr = False  # universal newlines: a '\r' whose '\n' may be next

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    @property
    def closed(self):
        return self.buffer.closed

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _translate(self, text, final):
        if self._newline is not None:
            return text
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._pending_cr = True
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _fill(self, size=8192):
        """Decodes one more chunk into _text; False at end of stream."""
        reader = getattr(self.buffer, 'read1', None) or self.buffer.read
        chunk = reader(size)
        if chunk is None:
            chunk = b''
        final = not chunk
        self._pending_bytes += len(chunk)
        self._text += self._translate(self._decoder.decode(chunk, final), final)
        return not final

    def read(self, size=-1):
        self._check_open()
        if not self.readable():
            raise _unsupported('not readable')
        if size is None or size < 0:
            rest = self.buffer.read()
            self._pending_bytes += len(rest or b'')
            text = self._text + self._translate(self._decoder.decode(rest or b'', True), True)
            self._text = ''
            self._pending_bytes = 0
            return text
        while len(self._text) < size and self._fill():
            pass
        return self._take(size)

    def _take(self, n):
        text, self._text = self._text[:n], self._text[n:]
        if not self._text:
            self._pending_bytes = 0
        return text

    def _line_end(self):
        """The index just past the first line ending in _text, or -1."""
        if self._newline is None or self._newline == '\n':
            i = self._text.find('\n')
            return -1 if i < 0 else i + 1
        if self._newline == '':
            for i, c in enumerate(self._text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(self._text):
                        return i + 2 if self._text[i + 1] == '\n' else i + 1
                    return -1  # a '\n' may follow in the next chunk
            return -1
        i = self._text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check_open()
        if not self.readable():
            raise _unsupported('not readable')
        if size is None:
            size = -1
        while True:
            end = self._line_end()
            if end >= 0 or (0 <= size <= len(self._text)):
                break
            if not self._fill():
                end = len(self._text)
                break
        if end < 0:
            end = len(self._text)
        if 0 <= size < end:
            end = size
        return self._take(end)

    def write(self, text):
        self._check_open()
        if not isinstance(text, str):
            raise TypeError('write() argument must be str, not %s' % type(text).__name__)
        if not self.writable():
            raise _unsupported('not writable')
        out = text
        if self._newline not in (None, '', '\n'):
            out = out.replace('\n', self._newline)
        if self._text:
            # writing after a read: drop the read-ahead so the bytes land where the reader is
            self.buffer.seek(self.tell())
            self._text = ''
            self._pending_bytes = 0
            self._decoder.reset()
        self.buffer.write(out.encode(self.encoding, self.errors))
        if self.line_buffering and ('\n' in text or '\r' in text):
            self.buffer.flush()
        return len(text)

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def tell(self):
        self._check_open()
        if not self.seekable():
            raise _unsupported('underlying stream is not seekable')
        pos = self.buffer.tell()
        if self._text:
            pos -= len(self._text.encode(self.encoding, self.errors))
        return pos

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.seekable():
            raise _unsupported('underlying stream is not seekable')
        if whence == 1 and cookie != 0:
            raise _unsupported("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise _unsupported("can't do nonzero end-relative seeks")
        if whence == 1:
            cookie, whence = self.tell(), 0
        if whence not in (0, 2):
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if whence == 0 and cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self.flush()
        pos = self.buffer.seek(cookie, whence)
        self._text = ''
        self._pending_bytes = 0
        self._pending_cr = False
        self._decoder.reset()
        return pos

    def truncate(self, pos=None):
        self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def close(self):
        if not self.buffer.closed:
            try:
                if self.writable():
                    self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.flush()
        return buffer


def _unsupported(message):
    return io.UnsupportedOperation(message)
