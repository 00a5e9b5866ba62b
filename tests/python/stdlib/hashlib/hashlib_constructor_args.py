import base64
import hashlib

print(hashlib.sha256(b"x").hexdigest()[:16], hashlib.md5(string=b"x").hexdigest()[:16])
print(hashlib.sha1(usedforsecurity=False).hexdigest()[:16], hashlib.md5.__name__, hashlib.sha512.__name__)
for call in (lambda: hashlib.md5(b"a", b"b"), lambda: hashlib.sha256(data=b"x"),
             lambda: hashlib.sha1(b"a", string=b"b"), lambda: hashlib.sha224(b"a", True)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
for alt in (b"-", b"-_!"):
    try:
        base64.b64encode(b"\xfb\xff", altchars=alt)
    except AssertionError as e:
        print("AssertionError", e)
    try:
        base64.b64decode(b"-_8=", altchars=alt)
    except AssertionError as e:
        print("AssertionError", e)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
