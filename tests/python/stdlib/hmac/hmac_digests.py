"""hmac: HMAC objects, hmac.digest, compare_digest, and hashlib.pbkdf2_hmac."""
import hashlib
import hmac

key = b"secret key"
h = hmac.new(key, b"hello ", "sha256")
h.update(b"world")
print(h.name, h.digest_size, h.block_size, h.hexdigest())
c = h.copy()
c.update(b"!")
print(h.hexdigest() != c.hexdigest(), c.hexdigest())
print(hmac.new(b"k", b"msg", hashlib.md5).hexdigest())
print(hmac.new(b"k" * 200, b"long key", hashlib.sha512).hexdigest())
print(hmac.digest(b"k", b"msg", "sha1").hex())
print(hmac.new(b"", digestmod="sha384").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"k", b"m")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new("text key", b"m", "sha256")
except TypeError as e:
    print("TypeError:", e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 50, 80).hex())
try:
    hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0)
except ValueError as e:
    print("ValueError:", e)
