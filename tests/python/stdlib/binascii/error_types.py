import binascii
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
try:
    binascii.hexlify('str')
except TypeError as e:
    print('TypeError', e)
print(binascii.hexlify(bytearray(b'\x10')), binascii.hexlify(memoryview(b'\x20')))
