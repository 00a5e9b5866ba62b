# StringIO corners: newline modes, tell with translated newlines, seek past end, truncate, readline size.
import io

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.tell())

s = io.StringIO("abc")
s.seek(10)
s.write("Z")
print(repr(s.getvalue()), len(s.getvalue()))
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline(1)), repr(s.readline(0)), repr(s.readline(-1)))
s = io.StringIO("line1\nline2\nline3\n")
print(s.readline(), s.tell(), s.read(3), s.tell())
print([s.tell() for _ in iter(s.readline, "")])
s = io.StringIO("x\ny")
print(next(s), end="")
print(s.tell(), list(s))
s = io.StringIO("héllo wörld")
print(s.read(3), s.tell(), s.seek(0, io.SEEK_END), s.tell())
try:
    s.seek(1, io.SEEK_END)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(0, 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(5)
except TypeError as e:
    print(type(e).__name__, e)
print(io.StringIO("abc").getvalue() is not None, repr(io.StringIO(None).getvalue()))
s = io.StringIO()
print(s.write(""), s.write("α"), s.tell(), s.line_buffering, s.encoding, s.errors, s.newlines)
s = io.StringIO("a\r\nb\n", newline=None)
s.read()
print(repr(s.newlines))
s = io.StringIO()
s.writelines(["a", "b"])
s.writelines(iter(["c"]))
print(s.getvalue(), s.detach if False else "no detach needed")
try:
    s.detach()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(s.buffer if hasattr(s, "buffer") else "no buffer attribute")
