import struct
for v in [0.1, -2.5, 1e-7, 65504.0, 1.0, 0.0, -0.0, 5.960464477539063e-08, float('inf')]:
    print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)), struct.pack('>f', v), struct.unpack('>f', struct.pack('>f', v)))
print(struct.unpack('<e', b'\x66\x2e'), struct.unpack('<d', bytes(8)), struct.pack('<d', 3.141592653589793).hex())
