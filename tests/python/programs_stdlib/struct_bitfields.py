import struct

def ipv4_header(version, ihl, tos, total_len, ident, flags, frag, ttl, proto, checksum, src, dst):
    ver_ihl = (version << 4) | ihl
    flags_frag = (flags << 13) | frag
    src_b = bytes(int(x) for x in src.split("."))
    dst_b = bytes(int(x) for x in dst.split("."))
    return struct.pack("!BBHHHBBH4s4s", ver_ihl, tos, total_len, ident, flags_frag, ttl, proto, checksum, src_b, dst_b)
h = ipv4_header(4, 5, 0, 60, 0x1c46, 2, 0, 64, 6, 0, "172.16.10.99", "172.16.10.12")
print(h.hex(), len(h))
ver_ihl, tos, tl, ident, ff, ttl, proto, csum, src, dst = struct.unpack("!BBHHHBBH4s4s", h)
print(ver_ihl >> 4, ver_ihl & 0xF, tl, hex(ident), ff >> 13, ff & 0x1FFF, ttl, proto, ".".join(map(str, src)), ".".join(map(str, dst)))
def checksum(data):
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF
c = checksum(h)
print(hex(c))
h2 = h[:10] + struct.pack("!H", c) + h[12:]
print(checksum(h2))
bmp_header = struct.pack("<2sIHHI", b"BM", 70, 0, 0, 54)
dib = struct.pack("<IiiHHIIiiII", 40, 2, -2, 1, 24, 0, 16, 2835, 2835, 0, 0)
print(len(bmp_header), len(dib), struct.unpack("<IiiHH", dib[:16]))
rgb = struct.pack("<3B", 255, 128, 0)
print(rgb, "#%02x%02x%02x" % struct.unpack("3B", rgb))
flags = 0b1011_0010
print([bool(flags >> i & 1) for i in range(8)], f"{flags:#010b}", bin(flags).count("1"))
n = struct.unpack(">Q", b"\x01\x02\x03\x04\x05\x06\x07\x08")[0]
print(n, hex(n), n.to_bytes(8, "little").hex(), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack("<bB", b"\x80\x80"))
print(struct.pack(">I", 1 << 31), struct.unpack(">i", struct.pack(">I", 1 << 31)))
