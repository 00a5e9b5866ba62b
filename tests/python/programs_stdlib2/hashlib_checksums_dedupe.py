import hashlib
import hmac
import io

files = {
    "a.txt": b"alpha\n" * 3,
    "b.txt": b"beta\n",
    "c.txt": b"alpha\n" * 3,
    "d.bin": bytes(range(256)),
    "e.txt": b"",
}
by_hash = {}
for name, content in sorted(files.items()):
    digest = hashlib.sha256(content).hexdigest()
    by_hash.setdefault(digest, []).append(name)
    print(f"{digest[:16]}  {name}  md5={hashlib.md5(content).hexdigest()[:8]} sha1={hashlib.sha1(content).hexdigest()[:8]}")
print([names for names in by_hash.values() if len(names) > 1])


def file_digest(stream, algo="sha256", chunk=7):
    h = hashlib.new(algo)
    while True:
        block = stream.read(chunk)
        if not block:
            break
        h.update(block)
    return h.hexdigest()


for algo in ("md5", "sha1", "sha256", "sha512", "blake2b", "blake2s", "sha3_512", "sha384", "sha224", "sha3_224"):
    print(algo, file_digest(io.BytesIO(files["d.bin"]), algo) == hashlib.new(algo, files["d.bin"]).hexdigest())
h = hashlib.sha1()
for word in ("a", "b", "c"):
    h.update(word.encode())
    print(word, h.hexdigest())
print(hashlib.sha256(b"abc").hexdigest().upper()[:12], hashlib.sha256(b"abc").digest()[:4])
print(hashlib.new("sha256", b"abc", usedforsecurity=False).hexdigest()[:12])
print(hashlib.md5().name, hashlib.sha512().block_size, hashlib.sha3_256().block_size, hashlib.blake2b().block_size)
secret = b"server-key"
msg = b"user=ann&expires=1700000000"
sig = hmac.new(secret, msg, "sha256").hexdigest()
print(sig)
print(hmac.compare_digest(sig, hmac.new(secret, msg, hashlib.sha256).hexdigest()))
tampered = msg.replace(b"ann", b"bob")
print(hmac.compare_digest(sig, hmac.new(secret, tampered, "sha256").hexdigest()))
m = hmac.new(b"k" * 100, b"long key", hashlib.sha1)
c = m.copy()
c.update(b" more")
print(m.hexdigest(), c.hexdigest(), m.block_size)
print(len(hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1)))
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"salt", 3, 24).hex())
