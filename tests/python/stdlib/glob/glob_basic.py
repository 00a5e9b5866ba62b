import os, glob, tempfile
tmp = tempfile.TemporaryDirectory()
old = os.getcwd()
os.chdir(tmp.name)
for rel in ['a.py', 'b.txt', 'sub/c.py', 'sub/deep/d.py', 'sub/e.txt', '.hid.py', 'x1.py', 'x2.py', 'x10.py']:
    os.makedirs(os.path.dirname(rel) or '.', exist_ok=True)
    open(rel, 'w').close()

print(sorted(glob.glob('*.py')), sorted(glob.glob('*.txt')), sorted(glob.glob('x?.py')), sorted(glob.glob('x[0-9]*.py')))
print(sorted(glob.glob('*/*.py')), sorted(glob.glob('sub/*')), glob.glob('nothing*'), glob.glob('a.py'), glob.glob('sub/'), glob.glob('zz/'))
os.chdir(old)
tmp.cleanup()
