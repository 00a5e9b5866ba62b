import io

s = io.StringIO("line one\nline two\r\nline three")
print(s.readline(), repr(s.readline()), s.read(4), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print([l for l in s])
print(s.read(), repr(s.read()))
w = io.StringIO()
print(w.write("hello"), w.write(" world"), w.getvalue(), w.tell())
w.seek(0)
w.write("J")
print(w.getvalue())
w.seek(20)
w.write("!")
print(repr(w.getvalue()))
w.truncate(5)
print(repr(w.getvalue()), w.tell())
nl = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(nl.read()))
nl2 = io.StringIO("a\r\nb\rc\n", newline="")
print(nl2.readlines())
print(io.StringIO("x").readable(), io.StringIO().writable(), io.StringIO().seekable())
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
closed = io.StringIO("x")
closed.close()
try:
    closed.read()
except ValueError as e:
    print("ValueError", e)
print(closed.closed)

b = io.BytesIO(b"\x00\x01binary data\n second")
print(b.read(2), b.readline(), b.read(), b.tell())
b.seek(-6, io.SEEK_END)
print(b.read(), b.seek(0, io.SEEK_CUR), b.seek(3))
print(b.read1(4), b.getbuffer().nbytes, len(b.getvalue()))
bw = io.BytesIO()
bw.write(b"abc")
bw.write(bytearray(b"def"))
bw.write(memoryview(b"ghi"))
print(bw.getvalue())
ba = bytearray(4)
bw.seek(2)
print(bw.readinto(ba), ba)
try:
    bw.write("str")
except TypeError as e:
    print("TypeError", e)
try:
    bw.seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    bw.seek(0, 7)
except ValueError as e:
    print("ValueError", e)

wrapper = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
wrapper.write("héllo\nwörld\n")
wrapper.flush()
print(wrapper.buffer.getvalue())
wrapper.seek(0)
print(wrapper.read(), wrapper.encoding)
r = io.TextIOWrapper(io.BytesIO("ÿ caf\xe9".encode("latin-1")), encoding="latin-1")
print(r.read())
br = io.BufferedReader(io.BytesIO(b"buffered reader data"))
print(br.peek(3)[:3], br.read(8), br.read())
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), io.DEFAULT_BUFFER_SIZE)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.UnsupportedOperation.__mro__[1:3])
try:
    io.BytesIO(b"x").fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
with io.StringIO() as ctx:
    print("value" if not ctx.closed else "closed")
print(ctx.closed)
