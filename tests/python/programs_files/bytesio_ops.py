# io.BytesIO: write, seek past end, truncate, getbuffer, read variants, readinto.
import io

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world")), b.write(memoryview(b"!")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read1(3), b.readline(), b.read())
b.seek(20)
b.write(b"X")
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(8), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
b.seek(0, io.SEEK_END)
print(b.tell(), b.seek(-3, io.SEEK_END), b.read())
try:
    b.seek(-100, io.SEEK_CUR)
except ValueError as e:
    print("no error?", e)
print(b.tell())

lines = io.BytesIO(b"a\nbb\r\nccc\n\nlast")
print(lines.readlines())
lines.seek(0)
print([l for l in lines])
lines.seek(0)
print(lines.readlines(4))

view = io.BytesIO(b"abcdef")
with view.getbuffer() as mv:
    mv[0] = ord("Z")
    print(view.getvalue(), len(mv), mv.tobytes())
view.write(b"Q")
print(view.getvalue())

init = io.BytesIO(b"initial")
print(init.tell(), init.read(3))
init.write(b"___")
print(init.getvalue())
print(io.BytesIO(b"xyz").read(-1), io.BytesIO().read(), io.BytesIO(b"1").readline(0))
try:
    io.BytesIO("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print(type(e).__name__, e)
x = io.BytesIO(b"data")
print(x.readable(), x.writable(), x.seekable(), x.isatty(), x.closed)
x.close()
print(x.closed)
try:
    x.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x.tell()
except ValueError as e:
    print(type(e).__name__, e)
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed, type(c).__name__, isinstance(c, io.BufferedIOBase))
