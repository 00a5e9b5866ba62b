import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), "words,", len(freq), "distinct")
print(freq.most_common(5))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
width = max(map(len, freq))
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    if n < 2:
        continue
    print(f"{word:<{width}} {n:>3} {'*' * n}")
print(freq["was"], freq["missing"], "missing" in freq)
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(3), sum(letters.values()), letters.total())
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(c3 - c2, -c3, +Counter(a=-1, b=2))
c2.update("aaz")
print(c2)
c2.subtract({"a": 10})
print(c2, +c2)
print(sorted(c3.elements()))
print(Counter("hello world").most_common()[-3:])
print(repr(Counter()), Counter({"x": 0}), dict(Counter("aab")))
lengths = Counter(len(w) for w in words)
for k in sorted(lengths):
    print(k, lengths[k])
first_seen = list(dict.fromkeys(words))
print(first_seen[:8])
print(max(freq, key=freq.get), min(freq, key=lambda w: (freq[w], w)))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
print(Counter(words).most_common(0), Counter("abc") == Counter("cba"), Counter(a=1) == {"a": 1})
