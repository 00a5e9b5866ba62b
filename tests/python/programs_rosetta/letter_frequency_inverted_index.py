from collections import Counter, defaultdict
import re
DOCS = {
    "doc1": "It is what it is. What is it?",
    "doc2": "A banana is a fruit; bananas are yellow.",
    "doc3": "It was the best of times, it was the worst of times.",
}
freq = Counter(c for text in DOCS.values() for c in text.lower() if c.isalpha())
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{ch}: {n:3} {'*' * n}")
index = defaultdict(set)
for name, text in DOCS.items():
    for word in re.findall(r"[a-z']+", text.lower()):
        index[word].add(name)
def search(*words):
    sets = [index.get(w, set()) for w in words]
    return sorted(set.intersection(*sets)) if sets else []
for q in [("it",), ("it", "is"), ("banana",), ("times", "worst"), ("nothing",)]:
    print(q, search(*q))
print(sorted(w for w, docs in index.items() if len(docs) > 1))
words = re.findall(r"\w+", " ".join(DOCS.values()).lower())
print(Counter(words).most_common(5), len(words), len(set(words)))
