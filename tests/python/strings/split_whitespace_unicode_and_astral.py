# str.split()/rsplit() and bytes.split() on Unicode whitespace, astral characters next to spaces, maxsplit.
for s in ["a b  c", "  lead", "trail  ", "\u3000x\u2003y\u00a0z", "𝔘𝔫𝔦 𝔠𝔬𝔡𝔢\t😀😀 x", "", "   ", "a\x1cb\x1fc\x85d", "😀"]:
    print(s.split(), s.split(None, 1), s.rsplit(), s.rsplit(None, 1), s.encode().split(), s.encode().rsplit(None, 1))
