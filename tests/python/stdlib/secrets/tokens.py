import secrets
import string

h = secrets.token_hex(16)
print(len(h), all(c in '0123456789abcdef' for c in h))
print(len(secrets.token_hex()))
b = secrets.token_bytes(10)
print(type(b).__name__, len(b), len(secrets.token_bytes()))
u = secrets.token_urlsafe(12)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(len(secrets.token_urlsafe()))
print(secrets.token_hex(0), secrets.token_bytes(0))
