from string import ascii_lowercase

def encode(s):
    table = list(ascii_lowercase)
    out = []
    for ch in s:
        i = table.index(ch)
        out.append(i)
        table.insert(0, table.pop(i))
    return out

def decode(codes):
    table = list(ascii_lowercase)
    out = []
    for i in codes:
        ch = table.pop(i)
        out.append(ch)
        table.insert(0, ch)
    return "".join(out)

for w in ("broood", "bananaaa", "hiphophiphop"):
    e = encode(w)
    print(f"{w:14} {e} {decode(e)} {decode(e) == w}")
try:
    encode("Abc")
except ValueError as e:
    print("ValueError:", e)
