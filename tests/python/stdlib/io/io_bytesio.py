# BytesIO
import io

b = io.BytesIO(b'line1\nline2\nline3')
print(b.readline(), b.read(3), b.tell(), b.read(), b.read())
b.seek(0)
print(list(b))
b.seek(-5, io.SEEK_END)
print(b.read(), b.seek(2, io.SEEK_SET), b.seek(1, io.SEEK_CUR))
w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'def')), w.getvalue())
w.seek(1)
w.write(b'ZZ')
print(w.getvalue(), w.truncate(4), w.getvalue())
buf = bytearray(3)
r = io.BytesIO(b'xyzw')
print(r.readinto(buf), buf, r.read1(), bytes(io.BytesIO(b'mv').getbuffer()))
try:
    w.write('str')
except TypeError as e:
    print('TypeError:', e)
w.close()
try:
    w.getvalue()
except ValueError as e:
    print('ValueError:', e)
