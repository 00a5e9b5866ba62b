# writing archives from a directory tree (plain and gzip) and reading them back
import io
import os
import tarfile
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'a.txt'), 'w') as f:
        f.write('alpha\n' * 100)
    with open(os.path.join(src, 'sub', 'b.txt'), 'w') as f:
        f.write('beta\n')
    os.chmod(os.path.join(src, 'a.txt'), 0o640)
    os.symlink('a.txt', os.path.join(src, 'link'))
    for mode in ('w', 'w:gz', 'x:gz'):
        path = os.path.join(d, 'out-%s.tar' % mode.replace(':', ''))
        with tarfile.open(path, mode) as t:
            t.add(src, 'src')
            data = b'made in memory'
            info = tarfile.TarInfo('mem/data.bin')
            info.size = len(data)
            info.mtime = 1700000000
            t.addfile(info, io.BytesIO(data))
        print(mode, tarfile.is_tarfile(path), 'gz' in mode or os.path.getsize(path) % 10240 == 0)
        with tarfile.open(path) as t:
            print(t.getnames())
            a = t.getmember('src/a.txt')
            print(a.size, a.isfile(), a.isreg(), a.isdir(), oct(a.mode), a.type)
            link = t.getmember('src/link')
            print(link.issym(), link.linkname, link.size, t.getmember('src/sub').isdir())
            print(t.extractfile('src/sub/b.txt').read(), t.extractfile(link).read(6), t.extractfile('src/sub'))
            m = t.getmember('mem/data.bin')
            print(t.extractfile(m).read(), m.mtime, m.mode, m.uid, m.uname)
            try:
                t.getmember('nope')
            except KeyError as e:
                print(e)
        with tarfile.open(path, 'r:*') as t:
            print(len(t.getmembers()))
