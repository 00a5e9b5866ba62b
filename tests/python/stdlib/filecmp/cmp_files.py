import filecmp
import os
import tempfile

d = tempfile.mkdtemp()


def make(name, data, mtime=1_000_000):
    path = os.path.join(d, name)
    with open(path, 'wb') as f:
        f.write(data)
    os.utime(path, (mtime, mtime))
    return path


a = make('a.txt', b'hello world' * 2000)
b = make('b.txt', b'hello world' * 2000)
c = make('c.txt', b'hello worlD' * 2000)
e = make('e.txt', b'short')
# Same size and time, different bytes: a shallow comparison trusts the signature.
f = make('f.txt', b'hello worlX' * 2000)
print(filecmp.cmp(a, b), filecmp.cmp(a, b, shallow=False))
print(filecmp.cmp(a, c), filecmp.cmp(a, c, shallow=False))
print(filecmp.cmp(a, e), filecmp.cmp(a, e, shallow=False))
print(filecmp.cmp(a, a, shallow=False))
os.utime(f, (2_000_000, 2_000_000))
print(filecmp.cmp(a, f), filecmp.cmp(a, f, shallow=False))
print(filecmp.cmp(a, d))
filecmp.clear_cache()
try:
    filecmp.cmp(a, os.path.join(d, 'missing'))
except FileNotFoundError as exc:
    print('FileNotFoundError', exc.errno)
print(filecmp.cmpfiles(d, d, ['a.txt', 'missing', 'c.txt']))
other = tempfile.mkdtemp()
with open(os.path.join(other, 'a.txt'), 'wb') as fh:
    fh.write(b'different')
with open(os.path.join(other, 'c.txt'), 'wb') as fh:
    fh.write(b'hello worlD' * 2000)
print(filecmp.cmpfiles(d, other, ['a.txt', 'c.txt', 'nope.txt'], shallow=False))
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
import shutil
shutil.rmtree(d)
shutil.rmtree(other)
