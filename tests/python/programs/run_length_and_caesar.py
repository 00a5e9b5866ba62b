def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def rle_decode(pairs):
    return "".join(ch * n for ch, n in pairs)
def caesar(text, shift):
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
s = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
enc = rle_encode(s)
print(enc)
print("".join(f"{n}{c}" for c, n in enc))
print(rle_decode(enc) == s)
msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
for k in (1, 13, 25):
    e = caesar(msg, k)
    print(k, e, caesar(e, -k) == msg)
freq = sorted(((msg.lower().count(c), c) for c in set(msg.lower()) if c.isalpha()), reverse=True)[:3]
print(freq)
