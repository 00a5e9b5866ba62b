import struct
s = struct.Struct('<I2s?')
print(s.size, s.format, s.pack(1, b'xy', True), s.unpack(b'\x01\x00\x00\x00xy\x01'))
buf = bytearray(10)
struct.pack_into('<hh', buf, 2, 1, -1)
print(buf, struct.unpack_from('<h', buf, 4), struct.unpack_from('<h', buf, offset=2), s.unpack_from(b'..' + s.pack(7, b'ab', False), 2))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), list(s.iter_unpack(s.pack(1, b'a', 0) * 2)))
records = [(1, 2.5, b'abc'), (2, -1.0, b'xy')]
packed = b''.join(struct.pack('<id4s', *r) for r in records)
print(len(packed), [struct.unpack('<id4s', packed[i:i + 16]) for i in range(0, len(packed), 16)])
