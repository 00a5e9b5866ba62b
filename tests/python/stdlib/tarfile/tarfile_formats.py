# header formats: ustar bytes, pax for long and non-ASCII names, GNU long names; errors
import io
import tarfile

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w', format=tarfile.USTAR_FORMAT) as t:
    info = tarfile.TarInfo('hello.txt')
    info.size = 5
    info.mtime = 0
    info.uname = 'user'
    t.addfile(info, io.BytesIO(b'hello'))
raw = buf.getvalue()
print(len(raw), raw[:100].rstrip(b'\0'), raw[100:157], raw[257:265], raw[512:517])
long_name = 'dir/' + 'x' * 90 + '/' + 'y' * 50 + '.txt'
for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as t:
        for name in (long_name, 'naïve café.txt', 'plain.txt'):
            info = tarfile.TarInfo(name)
            info.size = 2
            t.addfile(info, io.BytesIO(b'ok'))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        print(fmt, [n[:12] for n in t.getnames()], [len(n) for n in t.getnames()])
        print([t.extractfile(m).read() for m in t.getmembers()])
try:
    with tarfile.open(fileobj=io.BytesIO(), mode='w', format=tarfile.USTAR_FORMAT) as t:
        info = tarfile.TarInfo('y' * 300)
        t.addfile(info)
except ValueError as e:
    print(e)
for data in (b'', b'not a tar file' * 100, b'\0' * 1024):
    try:
        with tarfile.open(fileobj=io.BytesIO(data)) as t:
            print('opened', t.getnames())
    except tarfile.ReadError as e:
        print('ReadError', str(e).splitlines()[0])
for mode in ('r:nope', 'q'):
    try:
        tarfile.open(fileobj=io.BytesIO(raw), mode=mode)
    except (tarfile.CompressionError, ValueError) as e:
        print(type(e).__name__, e)
print(tarfile.is_tarfile(io.BytesIO(raw)), tarfile.is_tarfile(io.BytesIO(b'junk' * 200)))
info = tarfile.TarInfo('x')
print(info.name, info.size, info.mode, info.type, info.isfile(), info.linkname, info.uid, info.path)
print(tarfile.DEFAULT_FORMAT == tarfile.PAX_FORMAT, tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE)
