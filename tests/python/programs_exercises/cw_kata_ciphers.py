import string
from itertools import cycle


def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)


def vigenere(text, key, decode=False):
    out = []
    ks = cycle(key)
    for ch in text:
        if ch.isalpha():
            k = ord(next(ks)) - 97
            k = -k if decode else k
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def rail_fence(text, n):
    rails = [[] for _ in range(n)]
    pattern = list(range(n)) + list(range(n - 2, 0, -1))
    for ch, r in zip(text, cycle(pattern)):
        rails[r].append(ch)
    return "".join(map("".join, rails))


def rail_decode(text, n):
    pattern = list(range(n)) + list(range(n - 2, 0, -1))
    order = sorted(range(len(text)), key=lambda i: (pattern[i % len(pattern)], i))
    out = [""] * len(text)
    for ch, i in zip(text, order):
        out[i] = ch
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1]))


MORSE = {".-": "A", "-...": "B", "-.-.": "C", "-..": "D", ".": "E", "..-.": "F", "--.": "G",
         "....": "H", "..": "I", ".---": "J", "-.-": "K", ".-..": "L", "--": "M", "-.": "N",
         "---": "O", ".--.": "P", "--.-": "Q", ".-.": "R", "...": "S", "-": "T", "..-": "U",
         "...-": "V", ".--": "W", "-..-": "X", "-.--": "Y", "--..": "Z", "...---...": "SOS"}


def decode_morse(code):
    return " ".join("".join(MORSE[c] for c in w.split()) for w in code.strip().split("   "))


def xor_hex(a, b):
    return bytes(x ^ y for x, y in zip(bytes.fromhex(a), bytes.fromhex(b))).hex()


msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3 % 26))
v = vigenere("Attack at dawn!", "lemon")
print(v, "|", vigenere(v, "lemon", decode=True))
r = rail_fence("WEAREDISCOVEREDFLEEATONCE", 3)
print(r, rail_decode(r, 3))
print(atbash("wizard of oz"), decode_morse(".... . -.--   .--- ..- -.. ."), decode_morse("...---..."))
print(xor_hex("1c0111001f010100061a024b53535009181c", "686974207468652062756c6c277320657965"))
import base64
import binascii
import hashlib
b = base64.b64encode(b"any carnal pleas")
print(b, base64.b64decode(b), base64.b32encode(b"hi"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x01\xab"))
print(binascii.hexlify(b"abc"), binascii.crc32(b"hello"), hashlib.md5(b"abc").hexdigest(), hashlib.sha256(b"").hexdigest()[:16])
print(bytes.fromhex("48 65 6c"), b"Hey".hex(":"), "héllo".encode(), "héllo".encode("latin-1"), b"h\xc3\xa9".decode())
print(ord("A"), chr(0x1F600) == "\U0001F600", "abc".encode("utf-16-le"), list("hé".encode()))
