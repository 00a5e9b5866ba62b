A = ord("A")

def vigenere(text, key, decrypt=False):
    key = [ord(k) - A for k in key.upper() if k.isalpha()]
    if not key:
        raise ValueError("key must contain letters")
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            base = A if ch.isupper() else ord("a")
            shift = key[i % len(key)] * (-1 if decrypt else 1)
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

plain = "Attack at dawn! Meet at the old mill, 5 o'clock."
for key in ["LEMON", "key", "z"]:
    enc = vigenere(plain, key)
    print(f"{key:>6}: {enc}")
    assert vigenere(enc, key, decrypt=True) == plain
try:
    vigenere("x", "123")
except ValueError as e:
    print("error:", e)

def letter_freq(text):
    counts = {}
    for ch in text.upper():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    total = sum(counts.values())
    return sorted(((c, n / total) for c, n in counts.items()), key=lambda t: (-t[1], t[0]))
for c, f in letter_freq(plain)[:5]:
    print(f"{c} {f:.3f}")
def index_of_coincidence(text):
    letters = [c for c in text.upper() if c.isalpha()]
    n = len(letters)
    counts = {}
    for c in letters:
        counts[c] = counts.get(c, 0) + 1
    return sum(k * (k - 1) for k in counts.values()) / (n * (n - 1))
print(f"{index_of_coincidence(plain):.4f} {index_of_coincidence(vigenere(plain, 'LEMON')):.4f}")
