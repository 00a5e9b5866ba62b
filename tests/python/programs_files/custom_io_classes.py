# Custom stream classes on io.RawIOBase / io.BufferedIOBase / io.TextIOBase, wrapped by the io stack.
import io

class CountingRaw(io.RawIOBase):
    """A raw stream producing `n` bytes of a repeating pattern."""
    def __init__(self, pattern, n):
        self.pattern = pattern
        self.remaining = n
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        k = min(len(b), self.remaining, 7)
        for i in range(k):
            b[i] = self.pattern[(self.remaining - i) % len(self.pattern)]
        self.remaining -= k
        return k

raw = CountingRaw(b"abc\n", 30)
print(raw.read(5), raw.calls)
print(raw.readall(), raw.calls, raw.read())
buffered = io.BufferedReader(CountingRaw(b"xy\n", 20), buffer_size=8)
print(buffered.read(4), buffered.peek(2)[:2], buffered.readline(), buffered.read())
text = io.TextIOWrapper(io.BufferedReader(CountingRaw(b"ab\n", 12)), encoding="ascii")
print(text.readlines())

class UpperWriter(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
w = UpperWriter()
print("hello", "world", file=w)
w.writelines(["a\n", "b\n"])
print(w.parts, w.closed, w.readable(), w.seekable())
try:
    w.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    w.seek(0)
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
w.close()
try:
    w.write("x")
    print("write after close allowed by subclass")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("x", file=w)
except ValueError as e:
    print(type(e).__name__, e)

class Source(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data) - self.pos
        out = self.data[self.pos:self.pos + n]
        self.pos += len(out)
        return out
    def read1(self, n=-1):
        return self.read(min(n, 3) if n and n > 0 else 3)
src = Source("grüße\nline two\n".encode("utf-8"))
t = io.TextIOWrapper(src, encoding="utf-8")
print(t.readline(), end="")
print(repr(t.read()))
print(isinstance(src, io.IOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
b = bytearray(4)
print(Source(b"xyz").readinto(b), b)
with io.BufferedWriter(io.BytesIO()) as bw:
    bw.write(b"abc")
    print(bw.raw.getvalue())
    bw.flush()
    print(bw.raw.getvalue())
rw = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rw.read(3), rw.seek(-2, 2), rw.read(), rw.seek(1), rw.write(b"XY"), rw.tell())
rw.seek(0)
print(rw.read())
