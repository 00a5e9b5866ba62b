import binascii
print(binascii.hexlify(b'\x01\xff'), binascii.b2a_hex(b'abc'), binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcdef', ':', 2))
print(binascii.unhexlify('01ff'), binascii.unhexlify(b'4142'), binascii.a2b_hex('cafe'))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', e)
