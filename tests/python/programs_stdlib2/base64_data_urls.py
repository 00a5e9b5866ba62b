import base64
import binascii
import json

payload = {"user": "ann", "roles": ["admin", "dev"], "n": 42}
raw = json.dumps(payload, separators=(",", ":")).encode()
token = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
print(token)
padded = token + "=" * (-len(token) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)))
print("data:text/plain;base64," + base64.b64encode(b"Hello, World!").decode())
header, data = "data:application/octet-stream;base64,AAECAwQ=".split(",", 1)
print(header.split(";")[0][5:], list(base64.b64decode(data)))
for n in range(7):
    chunk = bytes(range(n))
    print(n, base64.b64encode(chunk), base64.b32encode(chunk), base64.b16encode(chunk), base64.b85encode(chunk, pad=True))
creds = base64.b64encode(b"user:pa:ss").decode()
print("Basic " + creds, base64.b64decode(creds).split(b":", 1))
print(base64.b64decode(b"SGVsbG8=\n"), base64.b64decode("SGVs bG8=".replace(" ", "")))
print(base64.b64decode("SGVsbG8", validate=False) if False else "skip")
try:
    base64.b64decode("SGVsbG8")
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b64decode("SGVsbG8=extra", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b85decode(b"{{{{")
except ValueError as e:
    print("ValueError", e)
try:
    base64.a85decode(b"zz!!!!!")
except ValueError as e:
    print("ValueError", e)
try:
    base64.b32decode("AAAAAAA=")
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.b64encode(bytearray(b"ba")), base64.b64encode(memoryview(b"mv")))
print(base64.encodebytes(bytes(range(100))).decode())
import io
src = io.BytesIO(b"streamed data " * 5)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
dst.seek(0)
back = io.BytesIO()
base64.decode(dst, back)
print(back.getvalue())
print(binascii.b2a_hex(b"\x00\x10", b"-"), binascii.crc32(b"") , binascii.crc32(b"a" * 1000))
print(binascii.a2b_base64(b"YW=Jj"), binascii.a2b_base64(b"Y W J j"))
try:
    binascii.a2b_base64(b"YWJj=YWJj", strict_mode=True)
except binascii.Error as e:
    print("binascii.Error", e)
