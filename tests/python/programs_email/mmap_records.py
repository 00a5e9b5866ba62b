# Fixed-size records edited in place through an mmap; the file sees every change.
import mmap
import os
import struct
import tempfile

REC = struct.Struct('<I8sf')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'records.dat')
    with open(path, 'wb') as f:
        for i, name in enumerate([b'alpha', b'beta', b'gamma', b'delta']):
            f.write(REC.pack(i, name, i * 1.5))
    with open(path, 'r+b') as f, mmap.mmap(f.fileno(), 0) as mm:
        print(len(mm) // REC.size, 'records')
        for i in range(len(mm) // REC.size):
            rid, name, score = REC.unpack_from(mm[i * REC.size:(i + 1) * REC.size])
            print(rid, name.rstrip(b'\0'), score)
        off = 2 * REC.size
        mm[off:off + REC.size] = REC.pack(99, b'GAMMA', 42.0)
        print(mm.find(b'GAMMA'), mm.find(b'delta'), mm.rfind(b'a'))
        with open(path, 'rb') as g:
            g.seek(off)
            print(REC.unpack(g.read(REC.size)))
    os.write(os.open(path, os.O_WRONLY | os.O_APPEND), memoryview(b'tail'))
    print(os.path.getsize(path))
anon = mmap.mmap(-1, 16)
anon[:5] = b'abcde'
anon.seek(5)
anon.write(b'fgh')
print(anon[:8], anon.tell(), anon.read_byte(), anon.readline())
