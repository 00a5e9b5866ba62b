from itertools import cycle

A = ord("A")

def clean(s):
    return "".join(c for c in s.upper() if c.isalpha())

def vigenere(text, key, sign=1):
    return "".join(chr((ord(c) - A + sign * (ord(k) - A)) % 26 + A)
                   for c, k in zip(clean(text), cycle(clean(key))))

def autokey_encrypt(text, key):
    text = clean(text)
    stream = clean(key) + text
    return "".join(chr((ord(c) + ord(k) - 2 * A) % 26 + A) for c, k in zip(text, stream))

def autokey_decrypt(cipher, key):
    stream = list(clean(key))
    out = []
    for i, c in enumerate(cipher):
        p = chr((ord(c) - ord(stream[i])) % 26 + A)
        out.append(p)
        stream.append(p)
    return "".join(out)

plain = "Beware the Jabberwock, my son! The jaws that bite, the claws that catch!"
key = "VIGENERECIPHER"
c = vigenere(plain, key)
print(c)
print(vigenere(c, key, -1))
ak = autokey_encrypt(plain, "QUEENLY")
print(ak)
print(autokey_decrypt(ak, "QUEENLY"))
