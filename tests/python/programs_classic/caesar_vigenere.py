import string

ALPHA = string.ascii_lowercase


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


def caesar_table(shift):
    shifted = ALPHA[shift:] + ALPHA[:shift]
    return str.maketrans(ALPHA + ALPHA.upper(), shifted + shifted.upper())


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - 97
            if decrypt:
                k = -k
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + k) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(ALPHA, ALPHA[::-1]))


msg = "Attack at Dawn! Meet me by the old oak tree, 5 o'clock."
for s in (1, 3, 13, 25, -3, 52):
    enc = caesar(msg, s)
    print(f"{s:>3}: {enc}")
    assert caesar(enc, -s) == msg
    assert msg.translate(caesar_table(s % 26)) == enc
print(caesar_table(3)[ord("a")], caesar_table(3).get(ord("!")), len(caesar_table(1)))
print(str.maketrans("ab", "xy", "!"))
print("hello!".translate(str.maketrans("", "", "lo!")))
print("abc".translate({97: None, 98: "BB", 99: 100}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", decrypt=True))
print(atbash("wizard of oz"), atbash(atbash("round trip")))
counts = {c: msg.lower().count(c) for c in ALPHA if c in msg.lower()}
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
secret = caesar("the enemy knows the system", 7)
best = max(range(26), key=lambda s: caesar(secret, -s).count("e"))
print("cracked shift:", best, caesar(secret, -best))
print([ord(c) for c in "AZaz"], [chr(i) for i in range(0x41, 0x47)], chr(0x1F600).encode("utf-8"))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
