# StringIO: write, read, readline, seek, tell, truncate, getvalue, iteration
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s = io.StringIO('a\nb\nc')
print(list(s))
s.seek(0)
print(s.readlines(), s.seek(2), repr(s.read(2)), s.tell())
s.seek(1)
s.write('XY')
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed)
with io.StringIO('ctx') as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
print(repr(io.StringIO('x\r\ny', newline=None).getvalue()), repr(io.StringIO(None).getvalue()))
