words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inverted = {}
for k, v in freq.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
