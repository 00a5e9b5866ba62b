# writing an archive in memory and reading it back: names, infos, contents
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(zipfile.ZipInfo('hello.txt', (2021, 5, 6, 7, 8, 10)), 'Hello, zip!\n')
    z.writestr(zipfile.ZipInfo('data/numbers.csv', (2020, 1, 2, 3, 4, 5)), '1,2,3\n4,5,6\n',
               compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('empty/', (2020, 1, 1, 0, 0, 0)), '')
    z.writestr(zipfile.ZipInfo('bin.dat', (2022, 12, 31, 23, 59, 58)), bytes(range(10)))
print(len(buf.getvalue()), buf.getvalue()[:4])
with zipfile.ZipFile(buf) as z:
    print(z.namelist())
    for info in z.infolist():
        print(info)
        print(' ', info.date_time, info.CRC, info.compress_size, info.file_size, info.is_dir(), info.header_offset)
    print(z.read('hello.txt'))
    print(z.read('data/numbers.csv').decode().splitlines())
    print(z.read(z.getinfo('bin.dat')))
    print(z.testzip())
    try:
        z.read('missing.txt')
    except KeyError as e:
        print(e)
print(buf.getvalue() == buf.getvalue())
