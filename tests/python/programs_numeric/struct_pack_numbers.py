# struct pack/unpack of numbers: formats, byte orders, sizes, errors.
import struct
print(struct.pack('<i', -2), struct.pack('>I', 4000000000), struct.pack('<h', -300), struct.pack('>H', 65535), struct.pack('b', -128), struct.pack('B', 255))
print(struct.pack('<q', -1), struct.pack('>Q', 2 ** 64 - 1), struct.pack('<f', 1.5), struct.pack('>d', -0.1), struct.pack('<e', 0.5), struct.pack('?', 5), struct.pack('>e', 65504.0))
print(struct.unpack('<i', b'\xfe\xff\xff\xff'), struct.unpack('>d', struct.pack('>d', 3.141592653589793)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<e', struct.pack('<e', 0.1)))
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('@bq'), struct.calcsize('3s2xH'), struct.calcsize('!5d'), struct.calcsize(''))
rec = struct.pack('<3sHi2d?', b'abc', 7, -9, 1.25, 2.5, True)
print(rec, len(rec), struct.unpack('<3sHi2d?', rec))
print(struct.pack('>4B', 1, 2, 3, 4), struct.unpack('>2H', b'\x01\x02\x03\x04'), struct.unpack('<l', b'\x00\x00\x00\x80'), struct.pack('5s', b'hi'), struct.pack('2s', b'hello'), struct.pack('p', b'x') if True else '')
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('<i', 2 ** 31), lambda: struct.pack('h', 1.5), lambda: struct.pack('i'), lambda: struct.pack('i', 1, 2), lambda: struct.unpack('i', b'\x00'), lambda: struct.pack('z', 1),
            lambda: struct.pack('<f', 1e300), lambda: struct.pack('<e', 1e6), lambda: struct.pack('s', 'str'), lambda: struct.pack('>Q', -1), lambda: struct.unpack('<2h', b'\x00\x00\x00')]:
    try:
        print(bad())
    except struct.error as e:
        print('struct.error', e)
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct('<hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(-1, -2, -3)))
buf = bytearray(16)
s.pack_into(buf, 4, 7, 8, 9)
print(buf, s.unpack_from(buf, 4), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(struct.unpack('<d', bytes.fromhex('000000000000f07f')), struct.unpack('<d', bytes.fromhex('000000000000f8ff')), struct.pack('<d', float('-inf')).hex())
for v in (0.0, -0.0, 1e-45, 3.4028235e38, 1 / 3):
    packed = struct.pack('>f', v)
    print(v, packed.hex(), struct.unpack('>f', packed)[0])
