import tempfile
with tempfile.TemporaryFile() as f:
    f.write(b'abc')
    f.seek(0)
    print(f.read())
with tempfile.NamedTemporaryFile('w+') as f:
    f.write('one\ntwo\n')
    f.seek(0)
    print(f.readlines())
with tempfile.SpooledTemporaryFile() as f:
    f.write(b'spool')
    f.seek(0)
    print(f.read())
