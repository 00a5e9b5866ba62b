"""The binary layer under sys.stdin, sys.stdout and sys.stderr (their .buffer).

Weft's standard streams are text all the way down (a cell's output, a kernel's stream messages),
except the launcher's stdin and stdout, which give and take bytes as they are; elsewhere the buffer of an output
stream decodes the bytes written to it as UTF-8 (incrementally: a
character split across two writes arrives whole; bytes that are not UTF-8 become U+FFFD) and writes
the text to its stream; the buffer of sys.stdin reads text lines and gives their UTF-8 bytes.
Each is made once per stream (sys.stdout.buffer is sys.stdout.buffer).
"""
import codecs

import _weft_stdlib


def _data(b):
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(b))


class _StdBuffer:
    def __init__(self, text):
        self._text = text

    @property
    def name(self):
        return self._text.name

    @property
    def closed(self):
        return self._text.closed

    @property
    def raw(self):
        return self

    def isatty(self):
        return self._text.isatty()

    def fileno(self):
        # The descriptor of the stream it lies under (0, 1 or 2), as CPython's buffer shares it.
        return self._text.fileno()

    def seekable(self):
        return False

    def close(self):
        self._text.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedWriter(_StdBuffer):
    def __init__(self, text):
        super().__init__(text)
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        try:
            self._fd = text.fileno()
        except (OSError, ValueError, AttributeError):
            self._fd = -1

    @property
    def mode(self):
        return "wb"

    def readable(self):
        return False

    def writable(self):
        return True

    def write(self, b):
        data = _data(b)
        if self.closed:
            raise ValueError("write to closed file")
        # the launcher's stdout takes the bytes as they are (any not UTF-8 too); a notebook's is text
        if (self._fd == 1 and not self._decoder.getstate()[0]
                and _weft_stdlib.write_stdout_bytes(data)):
            return len(data)
        text = self._decoder.decode(data)
        if text:
            self._text.write(text)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._text.flush()


class BufferedReader(_StdBuffer):
    def __init__(self, text):
        super().__init__(text)
        self._pending = b""

    @property
    def mode(self):
        return "rb"

    def readable(self):
        return True

    def writable(self):
        return False

    def _line(self):
        if self._pending:
            line, self._pending = self._pending, b""
            return line
        # the launcher's stdin gives its bytes as they are; a notebook's input is text
        if self._text.fileno() == 0:
            raw = _weft_stdlib.read_stdin_line_bytes()
            if raw is not None:
                return raw
        return self._text.readline().encode("utf-8", "surrogateescape")

    def readline(self, size=-1):
        if size is None:
            size = -1
        line = self._line()
        if 0 <= size < len(line):
            line, self._pending = line[:size], line[size:]
        return line

    def read(self, size=-1):
        if size is None:
            size = -1
        chunks = []
        total = 0
        while size < 0 or total < size:
            line = self._line()
            if not line:
                break
            if 0 <= size < total + len(line):
                cut = size - total
                line, self._pending = line[:cut], line[cut:]
            chunks.append(line)
            total += len(line)
        return b"".join(chunks)

    def read1(self, size=-1):
        return self.readline(size)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def buffer_for(text):
    """The buffer of a standard stream: a reader for sys.stdin's, a writer for the others."""
    return BufferedReader(text) if text.readable() else BufferedWriter(text)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
