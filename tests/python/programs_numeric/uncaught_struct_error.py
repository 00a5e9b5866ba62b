# Ends with an uncaught struct.error.
import struct
print(struct.pack('<HH', 1, 2).hex())
try:
    struct.pack('<B', 256)
except struct.error as e:
    print('caught:', e)
print(struct.unpack('<I', b'\x01\x00\x00\x00'))
struct.unpack('<I', b'\x01\x00')
