import struct
print(struct.pack('<hHiIqQ', -2, 65535, -3, 7, -1, 2**64-1))
print(struct.pack('>hHiIqQ', -2, 65535, -3, 7, -1, 2**64-1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 7, -1, 2**64-1)))
print(struct.pack('!d', 1.5), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('>d', struct.pack('>d', -0.0)))
print(struct.unpack('?c3s', b'\x02xabc'), struct.pack('<2ci', b'a', b'b', 3), struct.unpack('<3B', bytes([1, 2, 3])), struct.pack('<10s', b'hello'))
print(struct.pack('<i', True), struct.unpack('<d', struct.pack('<d', float('inf'))), struct.pack('<f', float('nan')), struct.pack('5p', b'ab'), struct.unpack('5p', b'\x09abcd'))
