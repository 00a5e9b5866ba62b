"""The file objects of a child process's pipes: Popen.stdin, Popen.stdout and Popen.stderr
(weft's own implementation). The bytes live in the Java side's pipe buffer (_weft_subprocess);
the text forms decode them and translate newlines as a universal-newlines TextIOWrapper does."""
import io


class PipeReader(io.BufferedIOBase):
    """A child's stdout (which=1) or stderr (which=2), read as bytes."""

    def __init__(self, child, which):
        self._child = child
        self._which = which

    def readable(self):
        return True

    def read(self, size=-1):
        self._check_closed()
        return self._child.read(self._which, -1 if size is None else size)

    def read1(self, size=-1):
        self._check_closed()
        return self._child.read1(self._which, -1 if size is None else size)

    def readline(self, size=-1):
        self._check_closed()
        return self._child.readline(self._which, -1 if size is None else size)

    def close(self):
        if not self.closed:
            self.closed = True
            self._child.close_pipe(self._which)


class PipeWriter(io.BufferedIOBase):
    """A child's stdin, written as bytes; buffered until flush() or close(), as in CPython."""

    def __init__(self, child):
        self._child = child

    def writable(self):
        return True

    def write(self, data):
        self._check_closed()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._child.write(bytes(data))

    def flush(self):
        self._check_closed()
        self._child.flush_stdin()

    def close(self):
        if not self.closed:
            self.closed = True
            try:
                self._child.flush_stdin()
            finally:
                self._child.close_stdin()


def translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class TextPipeReader(io.TextIOBase):
    """A child's output pipe as text: decoded with `encoding`, universal newlines."""

    def __init__(self, raw, encoding, errors):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
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
        if not final and text.endswith('\r'):
            # the '\n' of a '\r\n' may come in the next chunk
            self._undecoded = text[-1].encode(self.encoding) + self._undecoded
            text = text[:-1]
        self._text += translate_newlines(text)

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
            self.closed = True
            self.buffer.close()


class TextPipeWriter(io.TextIOBase):
    """A child's stdin as text, encoded with `encoding`."""

    def __init__(self, raw, encoding, errors):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors

    def writable(self):
        return True

    def write(self, text):
        self._check_closed()
        if not isinstance(text, str):
            raise TypeError('write() argument must be str, not %s' % type(text).__name__)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.closed:
            self.closed = True
            self.buffer.close()
