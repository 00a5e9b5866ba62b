from itertools import groupby, chain, repeat, starmap
import re

def rle_encode(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def rle_decode(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaa", "aabcccccaaa"]:
    e = rle_encode(s)
    print(repr(s[:20]), "->", e, rle_decode(e) == s)
pairs = [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])]
print(pairs, list(chain.from_iterable(starmap(lambda k, n: repeat(k, n), pairs))))
def compress(data):
    out = []
    for k, g in groupby(data):
        n = sum(1 for _ in g)
        out.append(k if n == 1 else (k, n))
    return out
print(compress("aaabccddddde"))
bits = "0001110100000111"
runs = [(b, len(list(g))) for b, g in groupby(bits)]
print(runs, max(runs, key=lambda r: r[1] if r[0] == "1" else 0))
print(max((len(list(g)) for k, g in groupby(bits) if k == "0"), default=0))
words = "the the cat sat sat sat on the mat mat".split()
print([w for w, _ in groupby(words)])
print({k: len(list(g)) for k, g in groupby(sorted(words))})
print(list(groupby([])), [(k, list(g)) for k, g in groupby("aAbB", key=str.lower)])
def rle_bytes(b: bytes) -> bytes:
    out = bytearray()
    for k, g in groupby(b):
        n = len(list(g))
        while n > 255:
            out += bytes([255, k])
            n -= 255
        out += bytes([n, k])
    return bytes(out)
enc = rle_bytes(b"\x00" * 300 + b"AB")
print(enc, len(enc), enc.hex(" "), bytearray(b"xy"))
print(rle_decode("3a2"), rle_decode("12z1y"))
int("x")
