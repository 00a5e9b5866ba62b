import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    h = getattr(hashlib, name)(b'hello')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
