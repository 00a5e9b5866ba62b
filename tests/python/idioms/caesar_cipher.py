def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

msg = "Hello, World! Attack at dawn."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar("xyz XYZ", 3))
def crack(cipher, known_word):
    for k in range(26):
        cand = caesar(cipher, -k)
        if known_word in cand:
            return k, cand
    return None
print(crack(caesar("the secret meeting", 11), "secret"))
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("rot13 example".translate(table))
print([ord(c) for c in "AZaz"], chr(97), chr(0x263A))
