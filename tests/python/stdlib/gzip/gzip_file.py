# GzipFile on a file object: writing, reading, modes, lines, seek and tell, closing
import gzip
import io

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.mode == gzip.WRITE, f.writable(), f.readable())
    print(f.write(b'first line\n'), f.write(bytearray(b'second line\n')), f.write(b'third'))
    print(f.tell())
print(f.closed, buf.getvalue()[:10])
raw = buf.getvalue()
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.mode == gzip.READ, f.readable(), f.writable(), f.seekable())
    print(f.readline())
    print(f.tell(), f.mtime)
    print(list(f))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(5), f.read1(3), f.peek(1)[:1])
    print(f.seek(11), f.read(6), f.seek(-5, 1), f.read(5))
    print(f.seek(0), f.read(5), f.seek(0, 2), f.read())
    print(f.readlines(), f.read())
f = gzip.GzipFile(fileobj=io.BytesIO(raw))
f.close()
for call in (lambda: f.read(), lambda: f.readline(), lambda: f.tell()):
    try:
        call()
    except ValueError as e:
        print(e)
r = gzip.GzipFile(fileobj=io.BytesIO(raw))
try:
    r.write(b'x')
except OSError as e:
    print(e.errno, e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    w.read()
except OSError as e:
    print(e.errno, e)
try:
    w.seek(-1, 1)
except OSError as e:
    print(e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode='rt')
except ValueError as e:
    print(e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode='z')
except ValueError as e:
    print(e)
