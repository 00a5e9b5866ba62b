ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)

def b64decode(text):
    text = text.rstrip("=")
    bits = 0
    nbits = 0
    out = bytearray()
    for ch in text:
        bits = (bits << 6) | ALPHABET.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo ✓".encode(), bytes(range(10))]
for s in samples:
    enc = b64encode(s)
    dec = b64decode(enc)
    print(f"{s!r:45} {enc:<20} {dec == s}")
print(b64decode("TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu").decode())
print(b64encode(b"Man") == "TWFu", len(b64encode(bytes(100))))
