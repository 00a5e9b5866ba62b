import os, glob, tempfile
tmp = tempfile.TemporaryDirectory()
old = os.getcwd()
os.chdir(tmp.name)
for rel in ['a.py', 'b.txt', 'sub/c.py', 'sub/deep/d.py', 'sub/e.txt', '.hid.py', 'x1.py', 'x2.py', 'x10.py']:
    os.makedirs(os.path.dirname(rel) or '.', exist_ok=True)
    open(rel, 'w').close()

base = tmp.name
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '*.py'))))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, 's*', '*.txt'))))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, '**', 'd.py'), recursive=True)))
os.chdir(old)
tmp.cleanup()
