from itertools import groupby
import re


def rle_encode(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def rle_decode(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


def rle_pairs(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return [tuple(p) for p in out]


def compress(s):
    enc = "".join(k + (str(n) if n > 1 else "") for k, n in rle_pairs(s))
    return enc if len(enc) < len(s) else s


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", "", "zzzzzzzzzzzz", "aAaA"]
for s in samples:
    e = rle_encode(s)
    print(f"{s[:20]!r:24} -> {e!r}  ratio={len(e) / len(s) if s else 0:.2f}  ok={rle_decode(e) == s}")
    print("   pairs:", rle_pairs(s)[:6], "compress:", compress(s))
print([(k, len(list(g))) for k, g in groupby("aaabbbcca")])
print([k for k, _ in groupby("aaabbbccaaa")])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 6, 7, 9], key=lambda x: x % 2)])
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for letter, grp in groupby(data, key=lambda w: w[0]):
    print(letter, "->", ", ".join(grp))
bits = "0001111100100000011"
runs = [len(list(g)) for _, g in groupby(bits)]
print(runs, max(runs), bits.split("1"), [r for r in bits.split("0") if r])
print(re.sub(r"(.)\1+", lambda m: f"{m.group(1)}{len(m.group(0))}", "aaabccddddde"))
print(re.findall(r"((.)\2*)", "aaabcc"))
