import unicodedata
for ch in ["A", "\u00e9", "\u00bd", "\u00a0", "\ufb01", "\u2460", "\u01c4", "\u1e9b", "\u3000", "\uff21", "\u0958", "\u2126", "\uac00", "\U0001d400", "\u212b", "\u00c5"]:
    print(ascii(ch), repr(unicodedata.decomposition(ch)))
tags = {}
for cp in range(0x10000):
    d = unicodedata.decomposition(chr(cp))
    if d.startswith("<"):
        tag = d[:d.index(">") + 1]
        tags[tag] = tags.get(tag, 0) + 1
print(sorted(tags))
try:
    unicodedata.decomposition("ab")
except TypeError as e:
    print(type(e).__name__, e)
