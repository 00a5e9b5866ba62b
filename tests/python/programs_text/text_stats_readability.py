import re
import statistics
PASSAGES = {
    "simple": "The cat sat on the mat. It was a sunny day. The dog ran to the park.",
    "medium": "Readability formulas estimate how difficult a passage is to understand. They combine sentence length with word complexity, measured in syllables.",
    "dense": "Notwithstanding the aforementioned considerations, institutional interoperability necessitates comprehensive standardization of heterogeneous infrastructural methodologies.",
}
def syllables(word):
    word = word.lower().strip(".,;:!?\"'")
    if not word:
        return 0
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1 and not word.endswith(("le", "ee")):
        n -= 1
    return max(n, 1)
def stats(text):
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    words = re.findall(r"[A-Za-z']+", text)
    syl = [syllables(w) for w in words]
    wps = len(words) / len(sentences)
    spw = sum(syl) / len(words)
    flesch = 206.835 - 1.015 * wps - 84.6 * spw
    grade = 0.39 * wps + 11.8 * spw - 15.59
    return {"sentences": len(sentences), "words": len(words), "syllables": sum(syl), "wps": wps, "spw": spw, "flesch": flesch, "grade": grade,
            "longest": max(words, key=len), "median_len": statistics.median(len(w) for w in words), "complex": sum(s >= 3 for s in syl)}
print(f"{'passage':<8}{'sent':>5}{'words':>6}{'syl':>5}{'w/s':>7}{'s/w':>6}{'flesch':>8}{'grade':>7}  longest")
for name, text in PASSAGES.items():
    s = stats(text)
    print(f"{name:<8}{s['sentences']:>5}{s['words']:>6}{s['syllables']:>5}{s['wps']:>7.2f}{s['spw']:>6.2f}{s['flesch']:>8.1f}{s['grade']:>7.1f}  {s['longest']} ({len(s['longest'])}), median {s['median_len']}, complex {s['complex']}")
for w in ["the", "table", "readability", "free", "queue", "rhythm", "create", "syllable", "I"]:
    print(f"{w}:{syllables(w)}", end=" ")
print()
levels = [(90, "very easy"), (70, "easy"), (50, "fairly difficult"), (30, "difficult"), (float("-inf"), "very confusing")]
for name, text in PASSAGES.items():
    f = stats(text)["flesch"]
    print(name, next(label for bound, label in levels if f >= bound), f"{f:+.3g}", f"{f:e}")
