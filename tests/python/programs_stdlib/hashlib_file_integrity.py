import hashlib, hmac, io, os, tempfile

def file_hash(path, algo="sha256", chunk=1024):
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(chunk), b""):
            h.update(block)
    return h.hexdigest()

with tempfile.TemporaryDirectory() as d:
    paths = []
    for i, content in enumerate([b"", b"a", b"hello world\n" * 1000, bytes(range(256)) * 50]):
        p = os.path.join(d, f"f{i}.bin")
        with open(p, "wb") as f:
            f.write(content)
        paths.append(p)
    for p in paths:
        print(os.path.basename(p), os.path.getsize(p), file_hash(p)[:16], file_hash(p, "md5")[:16], file_hash(p, "sha1", 7)[:16])
    with open(paths[2], "rb") as f:
        print(hashlib.file_digest(f, "sha256").hexdigest() == file_hash(paths[2]))
manifest = {name: hashlib.sha256(name.encode()).hexdigest()[:12] for name in ["a.txt", "b.txt", "c.txt"]}
print(manifest)
key = b"server-secret"
def sign(msg):
    return hmac.new(key, msg.encode(), "sha256").hexdigest()
def verify(msg, sig):
    return hmac.compare_digest(sign(msg), sig)
s = sign("amount=100&to=bob")
print(s, verify("amount=100&to=bob", s), verify("amount=900&to=bob", s))
print(hashlib.sha256(b"abc").digest()[:4], hashlib.sha256(b"abc").digest_size, hashlib.md5(b"abc").block_size)
salt = bytes(range(16))
print(hashlib.pbkdf2_hmac("sha256", b"correct horse", salt, 100, dklen=16).hex())
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith("sha3")))
h1 = hashlib.sha1()
h1.update(b"a")
h2 = h1.copy()
h2.update(b"b")
print(h1.hexdigest() == hashlib.sha1(b"a").hexdigest(), h2.hexdigest() == hashlib.sha1(b"ab").hexdigest())
print(hashlib.sha256(memoryview(b"view")).hexdigest()[:10], hashlib.sha256(bytearray(b"view")).hexdigest()[:10])
