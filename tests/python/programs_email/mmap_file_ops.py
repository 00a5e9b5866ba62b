# mmap over a temporary file: slicing, find, read/write, seek, access modes, resize.
import mmap, os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f: f.write(b'hello world\nsecond line\nthird\n')
with open(p, 'r+b') as f:
    mm = mmap.mmap(f.fileno(), 0)
    print(repr(mm), len(mm), mm.size(), mm[0], mm[0:5], mm[-1], mm[::3], list(mm)[:3])
    print(mm.readline(), mm.tell(), mm.read(6), mm.read_byte(), mm.find(b'line'), mm.rfind(b'l'), mm.find(b'zz'), mm.find(b'o', 5), mm.find(b'o', 5, 7))
    mm[0:5] = b'HELLO'; mm[6] = ord('W')
    mm.seek(0, 2); print(mm.tell())
    mm.seek(-6, 2); mm.write(b'THIRD'); 
    mm.move(0, 6, 5)
    mm.flush()
    print(mm[:], f.read(5))
    for bad in (lambda: mm.seek(100), lambda: mm.write(b'x' * 100), lambda: mm[100], lambda: mm.__setitem__(slice(0, 2), b'abc'), lambda: mm.__setitem__(0, 300)):
        try: bad()
        except Exception as e: print(type(e).__name__, e)
    mm.close()
    print(mm.closed)
    try: mm[0]
    except ValueError as e: print('ValueError', e)
print(open(p, 'rb').read())
with open(p, 'rb') as f:
    with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as r:
        print(r[:5], repr(r))
        try: r[0] = 1
        except TypeError as e: print('TypeError', e)
with open(p, 'r+b') as f:
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY); c[0:5] = b'xxxxx'; print(c[:5]); c.close()
print(open(p, 'rb').read()[:5])
a = mmap.mmap(-1, 13); a.write(b'Hello, world!'); a.seek(0); print(a.read(), len(a)); a.resize(5); print(a[:], len(a))
with open(p, 'r+b') as f:
    m = mmap.mmap(f.fileno(), 0); m.resize(10); print(m[:], os.path.getsize(p)); m.close()
try: mmap.mmap(os.open(os.path.join(d, 'e'), os.O_CREAT | os.O_RDWR), 0)
except ValueError as e: print('ValueError', e)
print(mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY > 0)
