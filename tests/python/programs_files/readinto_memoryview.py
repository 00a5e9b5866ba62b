# Reading a file into a preallocated bytearray with readinto and memoryview slices; sums per block.
import array
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "blocks.bin")
    with open(p, "wb") as f:
        f.write(bytes(i % 251 for i in range(5000)))
    buf = bytearray(1024)
    view = memoryview(buf)
    sums = []
    with open(p, "rb") as f:
        while True:
            n = f.readinto(buf)
            if not n:
                break
            sums.append((n, sum(view[:n])))
    print(sums)
    with open(p, "rb", buffering=0) as f:
        half = memoryview(bytearray(10))
        print(f.readinto(half[:5]), bytes(half), f.tell())
        print(f.readinto(half[5:]), bytes(half))
    arr = array.array("H", [0] * 4)
    with open(p, "rb") as f:
        f.seek(100)
        print(f.readinto(arr), arr.tolist())
    with open(p, "rb") as f:
        try:
            f.readinto(b"immutable")
        except TypeError as e:
            print(type(e).__name__, e)
        empty = bytearray()
        print(f.readinto(empty), f.tell())
    with open(p, "r+b") as f:
        mv = memoryview(bytearray(b"HEADER"))
        print(f.write(mv[1:4]), f.tell())
        f.seek(0)
        print(f.read(6))
