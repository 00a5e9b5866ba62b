import os, glob, tempfile
tmp = tempfile.TemporaryDirectory()
old = os.getcwd()
os.chdir(tmp.name)
for rel in ['a.py', 'b.txt', 'sub/c.py', 'sub/deep/d.py', 'sub/e.txt', '.hid.py', 'x1.py', 'x2.py', 'x10.py']:
    os.makedirs(os.path.dirname(rel) or '.', exist_ok=True)
    open(rel, 'w').close()

it = glob.iglob('*.txt')
print(type(it).__name__ in ('generator', 'map', 'filter', 'list_iterator'), sorted(it))
print(glob.escape('a*b?[c]'), glob.escape('plain'), glob.has_magic('a*'), glob.has_magic('abc'))
open('we[ird].py', 'w').close()
print(glob.glob(glob.escape('we[ird].py')), sorted(glob.iglob('sub/**', recursive=True)))
os.chdir(old)
tmp.cleanup()
