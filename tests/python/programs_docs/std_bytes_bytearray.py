# Built-in types: bytes and bytearray operations from the documentation (fromhex, hex, methods, mutation).
print(bytes.fromhex('2Ef0 F1f2  '), bytearray.fromhex('2Ef0 F1f2  '), b'\xf0\xf1\xf2'.hex(), b'\xf0\xf1\xf2'.hex('-'), b'\xf0\xf1\xf2'.hex('_', 2))
value = b'\xf0\xf1\xf2'
print(value.hex(':', -2), b'UUDDLRLRAB'.hex(' ', 4), bytes(3), bytes(range(3)), bytes([65, 66]), bytes('é', 'utf-8'))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
b = b'hello world'
print(b[0], b[0:1], b[-1:], list(b[:3]), b.upper(), b.title(), b.split(), b.replace(b'o', b'0'), b.find(b'wor'), b.count(b'l'))
print(b.startswith(b'he'), b'  x '.strip(), b'a,b'.split(b','), b'-'.join([b'a', b'b']), b.center(15, b'*'), b'abc'.translate(None, b'b'))
print(b'%s is %d' % (b'x', 5), b'%x' % 255, b'%c' % 65, b'%r' % 'é', b'%a' % 'é', b'%5.2f' % 1.234)
print(bytes.maketrans(b'ab', b'xy'), b'aabbcc'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.isalpha(), b'ABC'.isupper(), b'1'.isdigit())
print(b'ab\ncd\r\n'.splitlines(), b'a\tb'.expandtabs(4), b'42'.zfill(5), b'abc'.partition(b'b'), b'x'.ljust(3, b'-'), b'hello'.capitalize())
print(repr(b'\x00\x7f\x80\'"\\'), repr(b'it\'s'), repr(b'"'), repr(b'\'"'), str(b'\t\n\r'), bytes(b'x') is not None)
ba = bytearray(b'hello')
ba[0] = 74
ba += b'!!'
ba.append(63)
ba.extend(b'ab')
ba.insert(0, 32)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(33)
ba.reverse()
print(ba, len(ba))
del ba[0:2]
ba[1:3] = b'XYZ'
print(ba, ba.decode(), bytes(ba), ba * 2, ba == bytes(ba), bytearray(3), bytearray('ab', 'ascii'), bytearray([1, 2]))
try:
    ba[0] = 300
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
print(b'a' in b'abc', 97 in b'abc', b'abc' < b'abd', b'' == bytearray(), hash(b'x') == hash(b'x'), b'ab' * 0, bytes(memoryview(b'mv')))
ba = bytearray(b'abcdef')
ba[::2] = b'XYZ'
print(ba)
del ba[::2]
print(ba, ba.copy(), ba.clear(), ba)
