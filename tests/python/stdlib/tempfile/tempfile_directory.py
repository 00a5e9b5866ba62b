import os, tempfile
with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, 'f'), 'w') as fh:
        fh.write('x')
    os.mkdir(os.path.join(t, 'sub'))
    with open(os.path.join(t, 'sub', 'g'), 'w') as fh:
        fh.write('y')
    print(sorted(os.listdir(t)), os.path.isdir(t))
print(os.path.exists(t))
td = tempfile.TemporaryDirectory(prefix='pre')
print(os.path.basename(td.name).startswith('pre'), repr(td).startswith('<TemporaryDirectory'))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
