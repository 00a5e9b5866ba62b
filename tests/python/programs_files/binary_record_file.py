# A fixed-size binary record file written with struct, read back, updated in place, with a CRC32 trailer.
import os
import struct
import tempfile
import zlib

HEADER = struct.Struct("<4sHHI")      # magic, version, record size, count
RECORD = struct.Struct("<I16sdh?x")   # id, name, balance, flags, active, pad

people = [(1, "Ada", 1250.5, 3, True), (2, "Grace", -20.25, 0, False),
          (3, "Linus", 99999.999, -1, True), (4, "Guido van Rossum the BDFL", 0.0, 7, True)]

def encode(rec):
    rid, name, balance, flags, active = rec
    return RECORD.pack(rid, name.encode("utf-8")[:16], balance, flags, active)

def decode(raw):
    rid, name, balance, flags, active = RECORD.unpack(raw)
    return rid, name.rstrip(b"\0").decode("utf-8"), balance, flags, active

print("record size", RECORD.size, "header size", HEADER.size)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "people.dat")
    with open(path, "wb") as f:
        f.write(HEADER.pack(b"PPL1", 1, RECORD.size, len(people)))
        body = b"".join(encode(r) for r in people)
        f.write(body)
        f.write(struct.pack("<I", zlib.crc32(body)))
    print("file size", os.path.getsize(path))

    with open(path, "rb") as f:
        magic, version, size, count = HEADER.unpack(f.read(HEADER.size))
        print(magic, version, size, count)
        body = f.read(size * count)
        (crc,) = struct.unpack("<I", f.read(4))
        print("crc ok:", crc == zlib.crc32(body), hex(crc))
        for i in range(count):
            print(decode(body[i * size:(i + 1) * size]))

    with open(path, "r+b") as f:
        f.seek(HEADER.size + 2 * RECORD.size)
        rec = list(decode(f.read(RECORD.size)))
        rec[2] += 0.001
        rec[4] = False
        f.seek(-RECORD.size, os.SEEK_CUR)
        f.write(encode(tuple(rec)))
        f.seek(HEADER.size)
        body = f.read(RECORD.size * len(people))
        f.write(struct.pack("<I", zlib.crc32(body)))

    with open(path, "rb") as f:
        data = f.read()
    body = data[HEADER.size:-4]
    print("crc after update:", struct.unpack("<I", data[-4:])[0] == zlib.crc32(body))
    for fields in RECORD.iter_unpack(body):
        print(fields[0], fields[1].rstrip(b"\0"), round(fields[2], 3), fields[4])

    with open(path, "r+b") as f:
        f.seek(HEADER.size + 5)
        f.write(b"\xff")
    with open(path, "rb") as f:
        data = f.read()
    ok = struct.unpack("<I", data[-4:])[0] == zlib.crc32(data[HEADER.size:-4])
    print("corruption detected:", not ok)
    try:
        HEADER.unpack(data[:10])
    except struct.error as e:
        print(type(e).__name__, e)
