# hashlib.file_digest (3.11) on in-memory binary files.
import hashlib
import io

buf = io.BytesIO(b"hello world\n" * 1000)
d = hashlib.file_digest(buf, "sha256")
print(d.name, d.hexdigest())
print(d.hexdigest() == hashlib.sha256(b"hello world\n" * 1000).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), lambda: hashlib.sha1()).hexdigest())
try:
    hashlib.file_digest(io.StringIO("text"), "sha256")
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", str(e).split(" is ")[-1])
print(hashlib.sha3_256(b"").hexdigest()[:16], hashlib.blake2b(b"x", digest_size=8).hexdigest())
b = io.BytesIO(b"0123456789")
b.seek(5)
print(hashlib.file_digest(b, "md5").hexdigest() == hashlib.md5(b"0123456789").hexdigest())
