import os, tempfile
with tempfile.NamedTemporaryFile('w', suffix='.log', delete=True) as f:
    f.write('hello')
    f.flush()
    name = f.name
    print(os.path.exists(name), open(name).read(), name.endswith('.log'))
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'bytes!')
f.close()
print(open(f.name, 'rb').read(), f.closed)
os.unlink(f.name)
