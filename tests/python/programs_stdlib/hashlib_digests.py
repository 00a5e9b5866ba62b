import hashlib, hmac

msg = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s", "sha3_224", "sha3_384", "sha512_256" if False else "sha256"]:
    h = hashlib.new(name, msg)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:40])
print(hashlib.md5(b"").hexdigest(), hashlib.sha256(b"abc").hexdigest())
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), len(h.digest()), type(h.digest()).__name__)
c = h.copy()
c.update(b"!")
print(c.hexdigest() != h.hexdigest())
print(hashlib.blake2b(msg, digest_size=16).hexdigest(), hashlib.blake2s(msg, digest_size=8).hexdigest())
print(hashlib.blake2b(b"data", key=b"secret", digest_size=20).hexdigest())
print(hashlib.blake2b(b"data", salt=b"salty", person=b"me").hexdigest()[:32])
print(hashlib.shake_128(msg).hexdigest(10), hashlib.shake_256(b"").hexdigest(16))
print(hashlib.sha1(msg).name, repr(hashlib.md5().name))
print("md5" in hashlib.algorithms_guaranteed, "sha256" in hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=20).hex())
try:
    hashlib.new("nope")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hashlib.blake2b(digest_size=100)
except ValueError as e:
    print(type(e).__name__, e)
mac = hmac.new(b"key", msg, hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size)
m2 = hmac.new(b"key", digestmod="md5")
m2.update(msg)
print(m2.hexdigest(), m2.copy().hexdigest() == m2.hexdigest())
print(hmac.digest(b"k", b"m", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
try:
    hmac.new(b"key")
except TypeError as e:
    print(type(e).__name__, e)
print(hashlib.sha3_256(b"").hexdigest())
print(hashlib.file_digest.__name__ if hasattr(hashlib, "file_digest") else "no file_digest")
import io
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest())
