import string
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    key = [ord(k) - 65 for k in key.upper() if k.isalpha()]
    out, j = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = key[j % len(key)] * (-1 if decrypt else 1)
            out.append(chr((ord(ch) - base + k) % 26 + base))
            j += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet @ the old-mill, 5pm."
for s in (1, 3, 13, -1, 26, 52, -27):
    enc = caesar(msg, s)
    print(f"{s:>4} {enc!r} {caesar(enc, -s) == msg}")
v = vigenere(msg, "LEMON")
print(v, "->", vigenere(v, "LEMON", decrypt=True))
table = str.maketrans(string.ascii_letters, string.ascii_letters[3:26] + string.ascii_letters[:3] + string.ascii_letters[29:] + string.ascii_letters[26:29])
print(msg.translate(table))
freq = {c: msg.lower().count(c) for c in string.ascii_lowercase if c in msg.lower()}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
def brute_force(ct):
    common = {"the", "at", "and", "meet"}
    best = max(range(26), key=lambda s: sum(w.strip(",.!@").lower() in common for w in caesar(ct, -s).split()))
    return best, caesar(ct, -best)
print(brute_force(caesar(msg, 7)))
atbash = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])
print("Hello World".translate(atbash), "Hello World".translate(atbash).translate(atbash))
print(" ".join(format(ord(c), "08b") for c in "Hi!"), " ".join(f"{ord(c):02x}" for c in "Hi!"), "".join(chr(int(b, 2)) for b in "01001000 01101001".split()))
print(bytes.fromhex("48 65 6c 6c 6f").decode(), "Hello".encode().hex(), "Hello".encode().hex(":"), "Hello".encode().hex("-", 2), b"\x01\x02\x03".hex(" ", -2))
