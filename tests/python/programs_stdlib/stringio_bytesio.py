import io

s = io.StringIO("line one\nline two\nthird")
print(s.readline(), end="")
print(s.tell())
print(repr(s.read(4)), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print([l for l in s])
s.seek(5)
s.write("XYZ")
print(repr(s.getvalue()))
print(s.truncate(10), repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell())
s.write("!")
print(repr(s.getvalue()))
try:
    s.seek(3, io.SEEK_CUR)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
s.seek(20)
s.write("far")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(type(e).__name__, e)
t = io.StringIO(newline=None)
t.write("a\r\nb\rc\n")
t.seek(0)
print(repr(t.read()))
with io.StringIO() as u:
    print("hello", 42, sep="-", file=u)
    print(repr(u.getvalue()))
b = io.BytesIO(b"\x00\x01binary\ndata\n")
print(b.read(2), b.readline(), b.tell(), b.readlines())
b.seek(2)
print(b.read1(3), b.getbuffer().nbytes, len(b.getvalue()))
b.seek(0, 2)
b.write(b"more")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
ba = bytearray(3)
print(b.readinto(ba), ba)
try:
    b.write("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(5)
except TypeError as e:
    print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
w.write("héllo\n")
w.flush()
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO("a\nb\n".encode()), encoding="utf-8")
print(r.readlines(), r.encoding)
x = io.StringIO("abc")
print(repr(x.read(0)), x.read(-1), repr(x.read()))
x.seek(1); x.truncate(); print(repr(x.getvalue()))
print(io.StringIO("a\nb").readlines(2), io.StringIO("aaa\nb\nc").readlines(3))
