import hashlib
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b'hello world').hexdigest() == h.hexdigest())
print(h.digest()[:8], len(h.digest()), c.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
m = hashlib.md5()
for chunk in [b'a', bytearray(b'b'), memoryview(b'c')]:
    m.update(chunk)
print(m.hexdigest(), hashlib.md5(b'abc').hexdigest())
