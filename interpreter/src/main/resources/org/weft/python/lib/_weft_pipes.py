"""The file objects of a child process's pipes: Popen.stdin, Popen.stdout and Popen.stderr
(weft's own implementation). The bytes live in the Java side's pipe buffer (_weft_subprocess);
text mode wraps them in _weft_textio's reader and writer."""
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
