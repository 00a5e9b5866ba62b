# BytesIO.getbuffer(): a writable view of the stream's bytes, sharing them; a view held in a with
# block stops the stream from changing size. readinto() fills the raw bytes of any writable buffer.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
view[2:4] = b"56"
print(b.getvalue(), type(b.getvalue()).__name__)
view.release()
b = io.BytesIO(b"hello")
v = b.getbuffer()
print(v.format, v.readonly, bytes(v), len(v), v.obj is not None)
v[0] = ord("J")
print(b.getvalue(), b.read(2), b.readline(), type(b.read()).__name__)
v.release()
b.write(b" world")
b.seek(0)
print(b.read(), b.tell())
with b.getbuffer() as w:
    print(len(w), w[-1])
    try:
        b.write(b"xxxxxxxxxx")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        b.truncate(2)
    except Exception as e:
        print(type(e).__name__, e)
b.seek(0, 2)
b.write(b"?")
print(b.getvalue())
b.seek(20)
b.write(b"!")
print(b.getvalue())
b.truncate(3)
print(b.getvalue(), bytes(b.getbuffer()))
t = bytearray(2)
b.seek(0)
print(b.readinto(t), t)
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print(e)
import io, array
a = array.array('i', [0, 0])
b = io.BytesIO(b'\x01\x00\x00\x00\x02\x00\x00\x00\x03')
print(b.readinto(a), a)
m = memoryview(bytearray(4)).cast('h')
print(b.readinto(m), m.tolist())
ba = bytearray(3)
print(io.BytesIO(b'xy').readinto(ba), ba)
print(io.BytesIO(b'xyz').readinto(memoryview(ba)[1:]), ba)
try:
    io.BytesIO(b'x').readinto(b'ab')
except TypeError as e:
    print(e)
