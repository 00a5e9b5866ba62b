def compress(text):
    dictionary = {chr(i): i for i in range(256)}
    w = ""
    out = []
    for ch in text:
        wc = w + ch
        if wc in dictionary:
            w = wc
        else:
            out.append(dictionary[w])
            dictionary[wc] = len(dictionary)
            w = ch
    if w:
        out.append(dictionary[w])
    return out

def decompress(codes):
    if not codes:
        return ""
    dictionary = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        if k in dictionary:
            entry = dictionary[k]
        elif k == len(dictionary):
            entry = w + w[0]
        else:
            raise ValueError(f"bad code {k}")
        out.append(entry)
        dictionary[len(dictionary)] = w + entry[0]
        w = entry
    return "".join(out)

for text in ["TOBEORNOTTOBEORTOBEORNOT", "abababababababab", "", "a", "the rain in spain stays mainly in the plain"]:
    c = compress(text)
    ok = decompress(c) == text
    ratio = len(c) / len(text) if text else 0
    print(f"{text[:30]!r:34} {len(text):3d} -> {len(c):3d} codes ({ratio:.2f}) ok={ok}")
print(compress("TOBEORNOTTOBEORTOBEORNOT"))
try:
    decompress([65, 999])
except ValueError as e:
    print("error:", e)
