import binascii
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data, binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(binascii.hexlify(data[:16]), binascii.crc32(data))
