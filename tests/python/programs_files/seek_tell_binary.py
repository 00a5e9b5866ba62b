# seek/tell in binary files with all three whence values.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "data.bin")
    with open(p, "wb") as f:
        f.write(bytes(range(32)))
        print("tell after write:", f.tell())

    with open(p, "rb") as f:
        print(f.seek(10), f.read(3))
        print(f.seek(5, io.SEEK_CUR), f.read(2))
        print(f.seek(-4, os.SEEK_END), f.read())
        print(f.tell(), f.read(), f.read(5))
        print(f.seek(100), repr(f.read(2)), f.tell())
        try:
            f.seek(-1)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
        try:
            f.seek(0, 3)
        except ValueError as e:
            print(type(e).__name__, e)
        print(f.seekable(), f.readable(), f.writable())

    with open(p, "r+b") as f:
        f.seek(4)
        f.write(b"XYZ")
        f.seek(0)
        print(f.read(8))
        f.seek(0, 2)
        f.write(b"END")
        print("size via tell:", f.tell())
        f.truncate(20)
        f.seek(0, 2)
        print("after truncate:", f.tell())
    print("os size:", os.path.getsize(p))

    with open(p, "rb") as f:
        chunks = []
        while True:
            block = f.read(6)
            if not block:
                break
            chunks.append(block.hex())
    print(chunks)

    with open(p, "rb") as f:
        f.seek(0)
        print(f.peek(1)[:1] if hasattr(f, "peek") else b"?", f.tell())
        print(f.read1(4) if hasattr(f, "read1") else b"?")
        buf = bytearray(5)
        n = f.readinto(buf)
        print(n, buf)
