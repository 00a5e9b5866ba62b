# Binary files read into and write from any buffer: arrays, typed and multi-dimensional memoryviews.
import array, tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "x.bin")
with open(p, 'wb') as f:
    print(f.write(array.array('h', [1, 2, 3])), f.write(memoryview(b'\x05\x00').cast('h')))
with open(p, 'rb') as f:
    a = array.array('h', [0, 0])
    print(f.readinto(a), a)
    m = memoryview(bytearray(4))
    print(f.readinto(m[1:]), m.tobytes())
    print(f.read())
with open(p, 'rb', buffering=0) as f:
    b = bytearray(3)
    print(f.readinto(b), b)
with open(p, 'rb') as f:
    for target in (b'ab', 5, memoryview(bytearray(4))[::2]):
        try:
            f.readinto(target)
        except Exception as e:
            print(type(e).__name__, e)
    print(f.readinto(bytearray()), f.tell())
with open(p, 'ab') as f:
    print(f.write(bytearray(b'zz')), f.write(memoryview(b'0123').cast('B', (2, 2))))
with open(p, 'rb') as f:
    print(f.read())
import shutil
shutil.rmtree(d)
