import binascii
print(binascii.crc32(b'x'), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff))
