import heapq
from collections import Counter
from itertools import count
def huffman(text):
    freq = Counter(text)
    tie = count()
    heap = [(n, next(tie), ch) for ch, n in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}, freq
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tie), (a, b)))
    codes = {}
    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes, freq
text = "this is an example of a huffman tree"
codes, freq = huffman(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(f"{ch!r:>5} x{freq[ch]:<2} {codes[ch]}")
encoded = "".join(codes[ch] for ch in text)
print(len(encoded), "bits vs", 8 * len(text), f"({len(encoded) / (8 * len(text)):.1%})")
decode = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in decode:
        out.append(decode[cur])
        cur = ""
print("".join(out) == text, encoded[:40])
print(huffman("aaaa")[0], sorted(huffman("ab")[0].items()))
prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
print("prefix free:", prefix_free)
weighted = sum(freq[c] * len(codes[c]) for c in codes)
print("weighted length", weighted, "entropy bound", round(sum(-n * __import__("math").log2(n / len(text)) for n in freq.values()), 3))
packed = int(encoded, 2).to_bytes((len(encoded) + 7) // 8, "big")
print(packed.hex(), len(packed))
