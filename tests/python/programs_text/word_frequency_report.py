import re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print(f"{'Word':<14}{'Count':>6}{'Share':>9}  Bar")
print("-" * 45)
total = sum(counts.values())
for word, n in counts.most_common(10):
    print(f"{word:<14}{n:>6}{n / total:>9.2%}  {'#' * n}")
print("-" * 45)
print(f"{'TOTAL':<14}{total:>6}{1:>9.1%}")
print(f"distinct: {len(counts)}; hapax: {sorted(w for w, c in counts.items() if c == 1)}")
lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(f"{length:2d} letters: {lengths[length]:3d} {'*' * lengths[length]}")
sentences = [s.strip() for s in re.split(r"[,.]\s*", text) if s.strip()]
longest = max(sentences, key=len)
print(len(sentences), repr(longest), longest.title())
print(counts.most_common(3), counts["was"], counts["zzz"])
caps = re.findall(r"\b[A-Z]\w*", text)
print(caps, " | ".join(w.center(10, ".") for w in caps))
vowels = Counter(c for c in text.lower() if c in "aeiou")
print(sorted(vowels.items()), "".join(sorted(set(text.lower()) - set(" \n,.'"))))
print(text.count("it was"), text.lower().count("it was"), text.find("epoch"), text.rfind("of"), text.index("Light"))
