def compress(text):
    dict_size = 256
    table = {chr(i): i for i in range(dict_size)}
    w = ""
    out = []
    for c in text:
        wc = w + c
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = dict_size
            dict_size += 1
            w = c
    if w:
        out.append(table[w])
    return out

def decompress(codes):
    dict_size = 256
    table = {i: chr(i) for i in range(dict_size)}
    it = iter(codes)
    w = chr(next(it))
    out = [w]
    for k in it:
        if k in table:
            entry = table[k]
        elif k == dict_size:
            entry = w + w[0]
        else:
            raise ValueError(f"Bad compressed k: {k}")
        out.append(entry)
        table[dict_size] = w + entry[0]
        dict_size += 1
        w = entry
    return "".join(out)

for text in ["TOBEORNOTTOBEORTOBEORNOT", "abababababababab", "aaaaaaa"]:
    c = compress(text)
    print(c)
    print(decompress(c), decompress(c) == text, f"{len(c)}/{len(text)}")
try:
    decompress([65, 999])
except ValueError as e:
    print("error:", e)
