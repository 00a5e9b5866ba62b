import os, glob, tempfile
tmp = tempfile.TemporaryDirectory()
old = os.getcwd()
os.chdir(tmp.name)
for rel in ['a.py', 'b.txt', 'sub/c.py', 'sub/deep/d.py', 'sub/e.txt', '.hid.py', 'x1.py', 'x2.py', 'x10.py']:
    os.makedirs(os.path.dirname(rel) or '.', exist_ok=True)
    open(rel, 'w').close()

print(sorted(glob.glob('*', include_hidden=True)), sorted(glob.glob('.*')), sorted(glob.glob('*.py', root_dir='sub')))
print(sorted(glob.glob('*.py', root_dir=os.path.join(tmp.name, 'sub', 'deep'))))
os.chdir(old)
tmp.cleanup()
