import hashlib
import hmac
import base64
msg = b"Rosetta code"
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b"):
    print(f"{name:8} {hashlib.new(name, msg).hexdigest()[:48]}")
h = hashlib.sha256()
for chunk in (b"Rosetta", b" ", b"code"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.digest_size, h.block_size, h.name)
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.blake2s(b"abc", digest_size=8).hexdigest())
print(base64.b64encode(hashlib.sha1(b"abc").digest()), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32])
print(base64.b64encode(b"any carnal pleas"), base64.b64decode("YW55IGNhcm5hbCBwbGVhc3VyZS4="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"hi"), base64.b16encode(b"\x01\xab"))
