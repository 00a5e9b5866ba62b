import zlib
import binascii

def make_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table

TABLE = make_table()

def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF

s = b"The quick brown fox jumps over the lazy dog"
print(hex(crc32(s)), hex(zlib.crc32(s)), hex(binascii.crc32(s)))
print(f"{crc32(s):08X}")
print(crc32(b"") == zlib.crc32(b""))
part = crc32(s[:10])
print(crc32(s[10:], part) == zlib.crc32(s[10:], zlib.crc32(s[:10])))
print([f"{t:08x}" for t in TABLE[:4]])
print(zlib.adler32(s), hex(zlib.adler32(b"Wikipedia")))
