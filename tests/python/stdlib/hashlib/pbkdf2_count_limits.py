# pbkdf2_hmac takes at most a C int of iterations and of key length: past that it is an
# OverflowError at once (no attempt to derive an enormous key), and a count past a C long is
# the usual conversion error.
import hashlib

for dklen in (2**62, 2**31, 2**31 - 1 + 1, 0, -3, 10**30):
    try:
        hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, dklen)
    except (OverflowError, ValueError) as e:
        print("dklen", dklen, type(e).__name__, e)
for iterations in (0, -1, 2**31, 2**63):
    try:
        hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", iterations)
    except (OverflowError, ValueError) as e:
        print("iterations", iterations, type(e).__name__, e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2, 45).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
