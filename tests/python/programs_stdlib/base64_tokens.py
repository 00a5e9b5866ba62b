import base64, binascii, hashlib, hmac, json

def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

def unb64url(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))

header = {"alg": "HS256", "typ": "JWT"}
payload = {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}
secret = b"your-256-bit-secret"
h = b64url(json.dumps(header, separators=(",", ":")).encode())
p = b64url(json.dumps(payload, separators=(",", ":")).encode())
sig = b64url(hmac.new(secret, f"{h}.{p}".encode(), hashlib.sha256).digest())
token = f"{h}.{p}.{sig}"
print(token)
hh, pp, ss = token.split(".")
print(json.loads(unb64url(hh)), json.loads(unb64url(pp)))
print(hmac.compare_digest(ss, sig))
creds = base64.b64encode(b"user:p@ss w0rd").decode()
print("Basic " + creds, base64.b64decode(creds).split(b":", 1))
img = bytes(range(0, 256, 7))
enc = base64.b64encode(img)
print(enc, len(enc), len(img), base64.b64decode(enc) == img)
print(base64.encodebytes(bytes(range(100))).decode().splitlines())
print(binascii.b2a_base64(b"\xff\xfe\xfd"), base64.b32encode(b"\xff\xfe\xfd"), base64.b16encode(b"\xff\xfe\xfd").lower())
data = "Grüße, 世界! 🌍".encode("utf-8")
for fn, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                (base64.b16encode, base64.b16decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode)]:
    e = fn(data)
    print(fn.__name__, e, dec(e).decode("utf-8"))
for bad in ["abc", "ab=c", "====", "a===", "YQ", "YQ=", "YQ=="]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
try:
    base64.b85decode(b"|NsC0~")
except ValueError as e:
    print(type(e).__name__, e)
try:
    base64.a85decode(b"abcde!")
except ValueError as e:
    print(type(e).__name__, e)
print(base64.b64encode(b"x", altchars=b"*!"), base64.b64encode(b"\xfb\xff", b"*!"))
