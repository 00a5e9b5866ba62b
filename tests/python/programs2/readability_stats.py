TEXT = """The quick brown fox jumps over the lazy dog. It was not amused!
Nevertheless, the dog continued sleeping peacefully beside the enormous fireplace.
Why would anyone disturb such tranquility? Nobody knows. Scientists are investigating
extraordinary circumstances surrounding this unbelievable phenomenon."""

def syllables(word):
    word = word.lower().strip(".,!?;:")
    vowels = "aeiouy"
    count = 0
    prev = False
    for ch in word:
        is_v = ch in vowels
        if is_v and not prev:
            count += 1
        prev = is_v
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(count, 1)

def sentences(text):
    out, cur = [], []
    for token in text.split():
        cur.append(token)
        if token[-1] in ".!?":
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out

sents = sentences(TEXT)
words = [w.strip(".,!?;:") for s in sents for w in s]
syl = [syllables(w) for w in words]
n_s, n_w, n_syl = len(sents), len(words), sum(syl)
print(f"sentences {n_s}, words {n_w}, syllables {n_syl}")
fre = 206.835 - 1.015 * (n_w / n_s) - 84.6 * (n_syl / n_w)
fk = 0.39 * (n_w / n_s) + 11.8 * (n_syl / n_w) - 15.59
print(f"Flesch reading ease {fre:.1f}, grade level {fk:.1f}")
for i, s in enumerate(sents, 1):
    print(f"  sentence {i}: {len(s):2d} words, ends with {s[-1][-1]!r}")
complex_words = sorted({w.lower() for w, n in zip(words, syl) if n >= 3})
print("complex:", complex_words)
print("avg word length:", round(sum(map(len, words)) / n_w, 2))
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for length in sorted(lengths):
    print(f"{length:2d} {'=' * lengths[length]}")
