# extractall and extract, the extraction filters, links
import io
import os
import tarfile
import tempfile


def archive(*members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w') as t:
        for name, kind, payload in members:
            info = tarfile.TarInfo(name)
            info.mtime = 1600000000
            if kind == 'file':
                info.size = len(payload)
                info.mode = 0o775 if name.endswith('.sh') else 0o644
                t.addfile(info, io.BytesIO(payload))
            elif kind == 'dir':
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                t.addfile(info)
            elif kind == 'sym':
                info.type = tarfile.SYMTYPE
                info.linkname = payload
                t.addfile(info)
            elif kind == 'hard':
                info.type = tarfile.LNKTYPE
                info.linkname = payload
                t.addfile(info)
    buf.seek(0)
    return buf


with tempfile.TemporaryDirectory() as d:
    good = archive(('top', 'dir', None), ('top/one.txt', 'file', b'one'), ('top/run.sh', 'file', b'#!/bin/sh\n'),
                   ('top/ln', 'sym', 'one.txt'), ('top/hard', 'hard', 'top/one.txt'))
    with tarfile.open(fileobj=good) as t:
        out = os.path.join(d, 'out')
        t.extractall(out)
        for root, dirs, files in sorted(os.walk(out)):
            print(os.path.relpath(root, out), sorted(dirs), sorted(files))
        print(open(os.path.join(out, 'top', 'hard')).read(), os.readlink(os.path.join(out, 'top', 'ln')))
        print(oct(os.stat(os.path.join(out, 'top', 'run.sh')).st_mode & 0o7777),
              int(os.stat(os.path.join(out, 'top', 'one.txt')).st_mtime))
        t.extract('top/one.txt', os.path.join(d, 'single'))
        print(os.listdir(os.path.join(d, 'single', 'top')))
        data_out = os.path.join(d, 'data')
        t.extractall(data_out, filter='data')
        print(oct(os.stat(os.path.join(data_out, 'top', 'run.sh')).st_mode & 0o7777))
        t.extractall(os.path.join(d, 'tarf'), filter='tar')
        print(oct(os.stat(os.path.join(d, 'tarf', 'top', 'run.sh')).st_mode & 0o7777))
        t.extractall(os.path.join(d, 'some'), members=[m for m in t if m.name.endswith('.txt')])
        print(sorted(os.listdir(os.path.join(d, 'some', 'top'))))
        seen = []
        t.extractall(os.path.join(d, 'custom'), filter=lambda m, p: seen.append(m.name) if m.isdir() else None)
        print(seen)
        try:
            t.extractall(d, filter='nope')
        except ValueError as e:
            print(e)
    for bad in [(('../escape.txt', 'file', b'x'),), (('/abs.txt', 'file', b'x'),),
                (('evil', 'sym', '/etc/passwd'),), (('up', 'sym', '../../outside'),)]:
        with tarfile.open(fileobj=archive(*bad)) as t:
            try:
                t.extractall(os.path.join(d, 'safe'), filter='data')
                print('extracted', sorted(os.listdir(os.path.join(d, 'safe'))))
            except tarfile.FilterError as e:
                print(type(e).__name__, str(e).replace(os.path.realpath(d), 'D'))
