# io.FileIO(path), BufferedReader/Writer over FileIO and over Python raw streams, RawIOBase.read/readall,
# IOBase.readline, TextIOBase's unsupported operations, StringIO.newlines.
import io
import os
import tempfile

class Numbers(io.RawIOBase):
    def __init__(self):
        self.data = b"1\n22\n333\n"
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + 2]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

print(Numbers().read(3), Numbers().readall(), Numbers().readline(), list(Numbers()))
r = io.BufferedReader(Numbers())
print(type(r).__name__, r.peek()[:1], r.readline(), r.read(), r.raw.pos)
try:
    io.BufferedWriter(Numbers())
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "f.bin")
    with io.FileIO(p, "w") as f:
        print(type(f).__name__, f.mode, f.write(b"hello"), f.closefd)
    with io.BufferedReader(io.FileIO(p)) as b:
        print(type(b).__name__, b.read(2), b.raw.mode, b.read())
    try:
        io.FileIO(p, "rt")
    except ValueError as e:
        print(type(e).__name__, e)
t = io.TextIOBase()
for name in ("read", "readline", "write", "detach", "fileno"):
    try:
        getattr(t, name)() if name not in ("write",) else t.write("x")
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
s = io.StringIO("a\r\nb\rc\n", newline="")
print(repr(s.newlines), s.readlines(), repr(io.StringIO("x\n").newlines))
