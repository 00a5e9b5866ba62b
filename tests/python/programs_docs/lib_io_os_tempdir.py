# io (TextIOWrapper newline modes, write_through, BufferedReader) and os/glob/shutil/filecmp in a temporary directory.
import io, os, tempfile, shutil, glob, fnmatch, filecmp, stat
b = io.BytesIO(b'line1\r\nline2\rline3\n')
t = io.TextIOWrapper(b, encoding='utf-8', newline=None)
print(repr(t.read()), t.encoding, t.newlines)
b = io.BytesIO(b'a\r\nb\n')
t = io.TextIOWrapper(b, encoding='utf-8', newline='')
print(t.readlines())
s = io.StringIO('x\ny\n', newline=None)
print(s.readline(), s.tell(), s.read(), s.getvalue())
s = io.StringIO()
print(s.write('héllo'), s.tell(), s.seek(0), s.read(2), s.truncate(3), s.getvalue())
br = io.BufferedReader(io.BytesIO(b'abcdef'), buffer_size=2)
print(br.peek(1)[:1], br.read(3), br.read1(10), br.read())
bw = io.BytesIO()
w = io.TextIOWrapper(bw, encoding='utf-16', write_through=True)
w.write('hi')
print(bw.getvalue())
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
try:
    io.BytesIO().write('x')
except TypeError as e:
    print('TypeError:', e)
s = io.StringIO('abc'); s.close()
try:
    s.read()
except ValueError as e:
    print('ValueError:', e)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_END, issubclass(io.StringIO, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'a', 'b'))
    for name in ['a/x.txt', 'a/b/y.py', 'z.py', 'a/.hidden']:
        with open(os.path.join(d, name), 'w') as f:
            f.write(name)
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'a'))))
    for root, dirs, files in os.walk(d):
        dirs.sort()
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, '**', '*.py'), recursive=True)))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, '*'))), glob.escape('a[b]*'))
    print(sorted(e.name for e in os.scandir(d)), [e.is_dir() for e in sorted(os.scandir(d), key=lambda e: e.name)])
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'c'))
    print(sorted(os.listdir(os.path.join(d, 'c'))), filecmp.cmp(os.path.join(d, 'a', 'x.txt'), os.path.join(d, 'c', 'x.txt')))
    dc = filecmp.dircmp(os.path.join(d, 'a'), os.path.join(d, 'c'))
    print(dc.same_files, dc.left_only, dc.common_dirs)
    os.rename(os.path.join(d, 'z.py'), os.path.join(d, 'w.py'))
    st = os.stat(os.path.join(d, 'w.py'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), os.path.getsize(os.path.join(d, 'w.py')), os.path.exists(os.path.join(d, 'z.py')))
    shutil.rmtree(os.path.join(d, 'c'))
    os.remove(os.path.join(d, 'w.py'))
    print(sorted(os.listdir(d)))
    try:
        os.rmdir(os.path.join(d, 'a'))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.mkdir(os.path.join(d, 'a'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror)
print(fnmatch.fnmatch('foo.txt', '*.txt'), fnmatch.fnmatchcase('FOO.TXT', '*.txt'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'), fnmatch.translate('*.py?[!x]'))
print(os.path.splitext('/a/b.tar.gz'), os.path.split('/a/b/'), os.path.normpath('/a/./b/../c//d'), os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['interstellar', 'internet']))
print(os.path.isabs('a'), os.path.dirname('/a/b'), os.path.expanduser('~x'), os.path.normcase('A/B'), os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.extsep, os.devnull)
