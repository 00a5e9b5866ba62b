# io.StringIO as an in-memory text file.
import io

buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"), buf.tell())
print("second line", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()))
print(repr(buf.read()))

s = io.StringIO("a\nb\r\nc\rd")
print(s.readlines())
s = io.StringIO("a\nb\r\nc\rd", newline=None)
print(s.readlines(), repr(s.getvalue()))
s = io.StringIO("a\nb\r\nc\rd", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))

s = io.StringIO("0123456789")
s.seek(4)
s.write("XY")
print(s.getvalue(), s.tell())
s.seek(0, io.SEEK_END)
s.write("!")
print(s.getvalue())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("Z")
print(repr(s.getvalue()))

s = io.StringIO("initial")
print(s.tell(), s.read(3))
s.write("___")
print(repr(s.getvalue()))
s = io.StringIO("keep")
s.seek(0, 2)
s.write(" going")
print(s.getvalue())

for line in io.StringIO("one\ntwo\nthree"):
    print(line.rstrip())
print(io.StringIO().read(), repr(io.StringIO("x").readline()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
s = io.StringIO()
try:
    s.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(type(s).__name__, isinstance(s, io.TextIOBase))
