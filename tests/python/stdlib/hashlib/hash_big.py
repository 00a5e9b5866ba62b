import hashlib
data = b''.join(bytes([i % 256]) for i in range(100000))
print(hashlib.sha1(data).hexdigest(), hashlib.md5(data * 3).hexdigest(), hashlib.sha512(b'x' * 1000).hexdigest()[:32])
h = hashlib.sha256()
for i in range(0, len(data), 4096):
    h.update(data[i:i + 4096])
print(h.hexdigest() == hashlib.sha256(data).hexdigest())
