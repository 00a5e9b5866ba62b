import struct

header = struct.pack("<HHI", 1, 2, 3)
print(header.hex(), struct.calcsize("<HHI"))
print(struct.unpack("<HHI", header))
print(struct.unpack_from("<H", header, 6))
struct.unpack("<HHIH", header)
