import hashlib
import hmac

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"\x00" * 100, "héllo".encode()]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"):
    h = hashlib.new(name)
    print(name, h.digest_size, h.block_size, h.name)
    for m in msgs:
        print("  ", getattr(hashlib, name)(m).hexdigest())

h = hashlib.sha256()
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(c.hexdigest())
print(hashlib.md5(b"abc").digest(), len(hashlib.sha512().digest()))
print(hashlib.blake2b(b"data", digest_size=16).hexdigest())
print(hashlib.blake2b(b"data", key=b"secret", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(b"data", digest_size=8).hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"abc").hexdigest(5))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=20).hex())
print(hmac.new(b"key", b"message", hashlib.sha256).hexdigest())
print(hmac.new(b"key", b"message", "md5").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
mac = hmac.new(b"k", digestmod="sha256")
mac.update(b"part1")
mac.update(b"part2")
print(mac.hexdigest(), mac.name, mac.digest_size)
print(sorted(n for n in hashlib.algorithms_guaranteed))
print(repr(hashlib.sha256(b"x"))[:20])
try:
    hashlib.new("nosuch")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.new(b"k", b"m")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.blake2b(digest_size=100)
except ValueError as e:
    print("ValueError", e)
