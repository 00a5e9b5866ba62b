# Copy a file in fixed-size chunks, reporting progress, and verify with a checksum; split and join.
import hashlib
import os
import tempfile

def make_data(n):
    out = bytearray()
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)

def copy_chunks(src, dst, size):
    copied = 0
    chunks = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while True:
            block = fin.read(size)
            if not block:
                break
            fout.write(block)
            copied += len(block)
            chunks += 1
            if chunks % 4 == 0:
                print(f"  progress: {copied:6d} bytes in {chunks} chunks")
    return copied, chunks

def digest(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1000), b""):
            h.update(block)
    return h.hexdigest()

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "source.bin")
    with open(src, "wb") as f:
        f.write(make_data(10000))
    dst = os.path.join(tmp, "copy.bin")
    print(copy_chunks(src, dst, 1024))
    print(digest(src) == digest(dst), digest(src)[:16])

    parts = []
    with open(src, "rb") as f:
        i = 0
        while chunk := f.read(3000):
            part = os.path.join(tmp, f"source.part{i:02d}")
            with open(part, "wb") as p:
                p.write(chunk)
            parts.append(part)
            i += 1
    print([(os.path.basename(p), os.path.getsize(p)) for p in parts])
    joined = os.path.join(tmp, "joined.bin")
    with open(joined, "wb") as out:
        for p in parts:
            with open(p, "rb") as inp:
                out.write(inp.read())
    print(digest(joined) == digest(src), os.path.getsize(joined))
    with open(src, "rb") as a, open(joined, "rb") as b:
        same = all(x == y for x, y in zip(iter(lambda: a.read(512), b""), iter(lambda: b.read(512), b"")))
    print("chunkwise equal:", same)
    with open(joined, "r+b") as f:
        f.seek(5000)
        f.write(b"\x00")
    with open(src, "rb") as a, open(joined, "rb") as b:
        da, db = a.read(), b.read()
    first = next(i for i, (x, y) in enumerate(zip(da, db)) if x != y)
    print("first difference at", first)
