# bad archives and misuse
import io
import zipfile

for data in (b'', b'not a zip file at all', b'PK\x03\x04truncated'):
    try:
        zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        print(type(e).__name__, e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(zipfile.ZipInfo('f.txt', (2020, 1, 1, 0, 0, 0)), 'content here')
raw = bytearray(buf.getvalue())
raw[raw.index(b'content')] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(raw))) as z:
    print(z.testzip())
    try:
        z.read('f.txt')
    except zipfile.BadZipFile as e:
        print(e)
z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
try:
    z.writestr('x', 'y')
except ValueError as e:
    print(e)
z.close()
try:
    z.read('f.txt')
except ValueError as e:
    print(e)
try:
    zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e:
    print(e)
try:
    with zipfile.ZipFile(io.BytesIO(), 'w') as w:
        w.comment = 'text'
except TypeError as e:
    print(e)
