# gzip.open on paths: binary and text modes, appending members, the name in the header
import gzip
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt.gz')
    with gzip.open(path, 'wt', encoding='utf-8') as f:
        for i in range(3):
            f.write('line %d: café\n' % i)
    with open(path, 'rb') as f:
        head = f.read(30)
    print(head[:3], head[3] & gzip.FNAME, head[10:head.index(b'\0', 10)])
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        print(f.read())
    with gzip.open(path, 'ab') as f:
        f.write(b'appended member\n')
    with gzip.open(path) as f:
        print(f.read().splitlines())
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        print([line.rstrip() for line in f][-2:])
    big = os.path.join(d, 'big.gz')
    payload = bytes(range(256)) * 4000
    with gzip.open(big, 'wb', compresslevel=1) as f:
        f.write(payload)
    with gzip.open(big, 'rb') as f:
        back = f.read()
    print(len(back), back == payload, os.path.getsize(big) < len(payload))
    with open(big, 'rb') as raw:
        with gzip.GzipFile(fileobj=raw) as f:
            print(f.name.endswith('big.gz'), len(f.read(1000)))
    text = os.path.join(d, 'crlf.gz')
    with gzip.open(text, 'wb') as f:
        f.write(b'a\r\nb\rc\n')
    with gzip.open(text, 'rt', encoding='ascii') as f:
        print(repr(f.read()))
    with gzip.open(text, 'rt', encoding='ascii', newline='') as f:
        print(repr(f.read()))
for args, kwargs in [((path, 'rbt'), {}), ((path, 'rb'), {'encoding': 'utf-8'}),
                     ((path, 'rb'), {'errors': 'strict'}), ((path, 'rb'), {'newline': '\n'})]:
    try:
        gzip.open(*args, **kwargs)
    except ValueError as e:
        print(e)
try:
    gzip.open(42)
except TypeError as e:
    print(e)
