# what gzip says about data that is not (or no longer) gzip
import gzip
import io

good = gzip.compress(b'payload', mtime=0)
cases = {
    'not gzip': b'plain text',
    'one byte': b'x',
    'truncated': good[:-3],
    'header only': good[:10],
    'bad crc': good[:-8] + b'\0\0\0\0' + good[-4:],
    'bad length': good[:-4] + b'\x09\0\0\0',
    'trailing junk': good + b'junk',
    'bad method': good[:2] + b'\x07' + good[3:],
}
for name, data in cases.items():
    try:
        print(name, gzip.decompress(data))
    except (gzip.BadGzipFile, EOFError) as e:
        print(name, type(e).__name__, e)
    try:
        print(name, gzip.GzipFile(fileobj=io.BytesIO(data)).read())
    except (gzip.BadGzipFile, EOFError) as e:
        print(name, 'file', type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
