# base64, binascii, hashlib, hmac and zlib: documented encodings and digests of fixed inputs.
import base64, binascii, hashlib, hmac, zlib
encoded = base64.b64encode(b'data to be encoded')
print(encoded, base64.b64decode(encoded), base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.b64encode(b'\xfb\xff\xfe'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='), base64.b16encode(b'\x01\xab'), base64.b16decode(b'01AB'), base64.b85encode(b'hello'), base64.a85encode(b'hello'))
print(base64.b32hexencode(b'abc'), base64.standard_b64decode('aGk='), base64.encodebytes(b'x' * 60), base64.b64decode('aGk', validate=False) if False else '')
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('binascii.Error:', e)
try:
    base64.b64decode('ab!c', validate=True)
except binascii.Error as e:
    print('binascii.Error:', e)
print(binascii.hexlify(b'\x00\xffabc'), binascii.hexlify(b'abc', '-'), binascii.unhexlify('616263'), binascii.crc32(b'hello world'), binascii.crc_hqx(b'abc', 0), binascii.b2a_base64(b'hi'))
m = hashlib.sha256()
m.update(b"Nobody inspects")
m.update(b" the spammish repetition")
print(m.digest()[:8], m.hexdigest(), m.digest_size, m.block_size, m.name)
print(hashlib.sha224(b"Nobody inspects the spammish repetition").hexdigest())
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest(), hashlib.new('sha512', b'abc').hexdigest()[:32], hashlib.sha3_256(b'').hexdigest())
h = hashlib.blake2b(digest_size=20)
h.update(b'Hello world')
print(h.hexdigest(), hashlib.blake2b(b'data', key=b'pseudorandom key', digest_size=16).hexdigest(), hashlib.blake2s(b'abc').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.sha256(b'a').copy().hexdigest()[:10])
print(hashlib.shake_128(b'abc').hexdigest(8), sorted(a for a in hashlib.algorithms_guaranteed if a.startswith('sha3')))
sig = hmac.new(b'secret-key', b'message', 'sha256')
print(sig.hexdigest(), hmac.compare_digest(sig.digest(), hmac.digest(b'secret-key', b'message', 'sha256')), sig.name, sig.digest_size)
c = zlib.compress(b'hello hello hello hello', 9)
print(zlib.decompress(c), zlib.adler32(b'hello'), zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')) == zlib.crc32(b'hello world'))
co = zlib.compressobj(wbits=-15)
raw = co.compress(b'abc' * 10) + co.flush()
print(zlib.decompress(raw, wbits=-15), len(zlib.decompress(zlib.compress(bytes(1000)))))
try:
    zlib.decompress(b'not zlib')
except zlib.error as e:
    print('zlib.error:', e)
