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

def rle_string(s):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in rle_encode(s))

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle_string(s)
    print(repr(s), rle_encode(s), e, rle_decode(e) == s)
