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

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
