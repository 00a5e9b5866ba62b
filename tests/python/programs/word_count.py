TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:<{width}} {n:3d} {'#' * n}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = TEXT.splitlines()
print([len(l.split()) for l in lines])
print(max(lines, key=len)[:20])
