from itertools import groupby
import re

def encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))

def decode(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

def encode_pairs(s):
    return [(ch, sum(1 for _ in g)) for ch, g in groupby(s)]

text = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
e = encode(text)
print(e)
print(decode(e) == text)
print(encode_pairs("aaabccddddde"))
print(encode(""), repr(decode("")))
data = bytes([0, 0, 0, 255, 255, 1])
print([(b, len(list(g))) for b, g in groupby(data)])
