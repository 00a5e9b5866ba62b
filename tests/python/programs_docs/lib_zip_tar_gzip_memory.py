# zipfile, tarfile and gzip in memory: write, list, read back with fixed timestamps so output never varies.
import io, zipfile, tarfile, gzip
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo('docs/readme.txt', date_time=(2020, 1, 2, 3, 4, 6)), 'Read me\n' * 3)
    zf.writestr('data.bin', bytes(range(10)))
    zf.mkdir('empty') if hasattr(zf, 'mkdir') else zf.writestr('empty/', '')
with zipfile.ZipFile(buf) as zf:
    print(zf.namelist(), zf.testzip())
    info = zf.getinfo('docs/readme.txt')
    print(info.filename, info.date_time, info.file_size, info.is_dir(), info.compress_type == zipfile.ZIP_STORED)
    print(zf.read('docs/readme.txt').decode().splitlines(), list(zf.read('data.bin')))
    with zf.open('docs/readme.txt') as f:
        print(f.readline())
    try:
        zf.read('missing')
    except KeyError as e:
        print('KeyError:', e)
    p = zipfile.Path(zf, 'docs/')
    print([x.name for x in p.iterdir()], zipfile.Path(zf, 'docs/readme.txt').read_text()[:7])
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b'not a zip')))
try:
    zipfile.ZipFile(io.BytesIO(b'not a zip'))
except zipfile.BadZipFile as e:
    print('BadZipFile:', e)
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w') as tf:
    for name, payload in [('a.txt', b'alpha'), ('dir/b.txt', b'bravo!')]:
        ti = tarfile.TarInfo(name)
        ti.size = len(payload)
        ti.mtime = 1_600_000_000
        ti.mode = 0o644
        tf.addfile(ti, io.BytesIO(payload))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf) as tf:
    print(tf.getnames(), [(m.name, m.size, m.isfile(), oct(m.mode), m.mtime) for m in tf.getmembers()])
    print(tf.extractfile('dir/b.txt').read(), tf.getmember('a.txt').isdir())
data = b'spam and eggs ' * 20
gz = gzip.compress(data, mtime=0)
print(gz[:4], len(gzip.decompress(gz)), gzip.decompress(gz) == data)
gbuf = io.BytesIO()
with gzip.GzipFile(fileobj=gbuf, mode='wb', mtime=0) as g:
    g.write(b'line1\nline2\n')
gbuf.seek(0)
with gzip.GzipFile(fileobj=gbuf) as g:
    print(g.readlines())
try:
    gzip.decompress(b'bad data')
except gzip.BadGzipFile as e:
    print('BadGzipFile:', e)
