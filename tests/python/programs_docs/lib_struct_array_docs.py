# struct (pack/unpack, byte order, alignment, iter_unpack, namedtuple records) and array (typecodes, buffer ops).
import struct
from struct import pack, unpack, calcsize, Struct
from collections import namedtuple
from array import array
print(pack(">bhl", 1, 2, 3), unpack('>bhl', b'\x01\x00\x02\x00\x00\x00\x03'), calcsize('>bhl'))
print(pack(">h", 1023), pack("<h", 1023), pack('@i', 1) == pack('=i', 1), calcsize('@ci'), calcsize('=ci'))
try:
    pack(">h", 99999)
except struct.error as e:
    print('struct.error:', e)
try:
    pack("c", 5)
except struct.error as e:
    print('struct.error:', e)
print(pack('@ccc', b'1', b'2', b'3'), pack('@3s', b'123'))
print(pack('ci', b'*', 0x12131415) if False else calcsize('ci'), calcsize('ic'), calcsize('llh'), calcsize('llh0l'))
record = b'raymond   \x32\x12\x08\x01\x08'
name, serialnum, school, gradelevel = unpack('<10sHHb', record)
Student = namedtuple('Student', 'name serialnum school gradelevel')
print(Student._make(unpack('<10sHHb', record)))
s = Struct('<2sxH?')
print(s.format, s.size, s.pack(b'ab', 513, True), s.unpack(b'ab\x00\x01\x02\x01'))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 5, -1)
print(buf, struct.unpack_from('<hh', buf, 2), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
print(pack('<e', 1.5), pack('>d', -0.0), unpack('<f', pack('<f', 0.1))[0], pack('<q', -2), pack('>Q', 2 ** 64 - 1))
print(pack('5p', b'abc'), unpack('5p', b'\x03abcd'), pack('?', []), pack('<n', 1) if False else '', pack('3x'))
try:
    unpack('<I', b'\x00')
except struct.error as e:
    print('struct.error:', e)
try:
    calcsize('z')
except struct.error as e:
    print('struct.error:', e)

a = array('l')
print(a, array('u', 'hello \u2641'), array('l', [1, 2, 3, 4, 5]), array('d', [1.0, 2.0, 3.14, -10.0]))
a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.itemsize == 4, a.typecode, a.buffer_info()[1], a.count(3), a.index(4), a.pop(), a.pop(0), a)
a.remove(3)
a.reverse()
print(a, a.tolist(), a[1:3], a * 2, a + array('i', [9]), 5 in a, array('b', b'\x01\xff'))
b = array('h', [1, -2, 300])
raw = b.tobytes()
c = array('h')
c.frombytes(raw)
print(raw, c, c == b, c < array('h', [1, -1]))
c.byteswap()
print(c)
f = array('f', [0.1])
print(f[0], array('d', [0.1])[0], array('B', range(5)).tobytes())
u = array('u', 'ab')
u.fromunicode('cd')
print(u.tounicode(), array('q', [2 ** 40]))
try:
    array('b', [200])
except OverflowError as e:
    print('OverflowError:', e)
try:
    array('y')
except ValueError as e:
    print('ValueError:', e)
try:
    array('i', [1.5])
except TypeError as e:
    print('TypeError:', e)
print(memoryview(array('i', [7, 8])).tolist(), array.typecodes if hasattr(array, 'typecodes') else '')
import array as arraymod
print(arraymod.typecodes)
