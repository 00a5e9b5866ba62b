# ZipFile.open for reading (lines, chunks) and for writing
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    with z.open('log.txt', 'w') as f:
        for i in range(5):
            f.write(b'entry %d\n' % i)
    print(z.getinfo('log.txt').file_size)
    try:
        with z.open('second.txt', 'w') as g:
            z.writestr('third.txt', 'x')
    except ValueError as e:
        print(e)
with zipfile.ZipFile(buf) as z:
    with z.open('log.txt') as f:
        print(f.readline())
        print(f.read(7), f.read1(3))
        print(f.readlines())
        print(f.read())
    with z.open('log.txt') as f:
        print(sum(1 for _ in f))
    f = z.open('log.txt')
    print(f.readable(), f.seekable())
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    try:
        z.open('log.txt', 'a')
    except ValueError as e:
        print(e)
