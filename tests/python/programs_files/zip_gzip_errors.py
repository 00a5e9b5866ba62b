# zipfile and gzip corner cases: ZipInfo reprs, modes, closed archives, truncated data, header fields.
import gzip
import io
import struct
import zipfile
import zlib

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    i1 = zipfile.ZipInfo("a.txt", date_time=(2001, 2, 3, 4, 5, 6))
    i1.external_attr = 0o644 << 16
    z.writestr(i1, "aaaaaaaaaa" * 10)
    i2 = zipfile.ZipInfo("dir/", date_time=(2001, 2, 3, 4, 5, 6))
    z.writestr(i2, "")
    z.writestr(zipfile.ZipInfo("stored.bin", date_time=(1980, 1, 1, 0, 0, 0)), b"\x00" * 10,
               compress_type=zipfile.ZIP_STORED)
    z.comment = b"archive comment"
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    for info in z.infolist():
        print(repr(info))
    print(z.comment, z.getinfo("a.txt").compress_size, z.getinfo("stored.bin").compress_size)
    with z.open("a.txt") as f:
        print(f.read(5), f.read1(3), f.readline()[:5], f.seekable(), f.tell())
    try:
        z.open("a.txt", "w")
    except ValueError as e:
        print(type(e).__name__, e)
    print(z.read(z.getinfo("stored.bin")) == bytes(10))
z2 = zipfile.ZipFile(io.BytesIO(), "w")
z2.close()
try:
    z2.writestr("x", "y")
except ValueError as e:
    print(type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 truncated junk"))
except zipfile.BadZipFile as e:
    print(type(e).__name__, e)
try:
    zipfile.ZipInfo("bad", date_time=(1979, 1, 1, 0, 0, 0))
    zipfile.ZipFile(io.BytesIO(), "w").writestr(zipfile.ZipInfo("bad", date_time=(1979, 1, 1, 0, 0, 0)), "x")
except ValueError as e:
    print(type(e).__name__, e)

data = gzip.compress(b"payload " * 20, compresslevel=9, mtime=1_234_567_890)
magic, method, flags, mtime, xfl, os_ = struct.unpack("<HBBIBB", data[:10])
print(hex(magic), method, flags, mtime, xfl, data[-8:].hex())
print(struct.unpack("<II", data[-8:]) == (zlib.crc32(b"payload " * 20), 160))
try:
    gzip.decompress(data[:-5])
except EOFError as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(data[:12])
except EOFError as e:
    print(type(e).__name__, e)
corrupt = bytearray(data)
corrupt[-8] ^= 0xFF
try:
    gzip.decompress(bytes(corrupt))
except gzip.BadGzipFile as e:
    print(type(e).__name__, e)
print(gzip.decompress(data + gzip.compress(b"!", mtime=0)).count(b"payload"), gzip.decompress(data + b"\x00\x00"))
g = gzip.GzipFile(fileobj=io.BytesIO(data))
print(g.read(7), g.peek(1)[:1], g.readable(), g.writable(), g.seekable(), g.mtime, g.name)
g.close()
try:
    g.read()
except ValueError as e:
    print(type(e).__name__, e)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb", mtime=0)
try:
    w.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode="z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    gzip.open(io.BytesIO(), "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
