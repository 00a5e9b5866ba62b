import re
from collections import Counter
import string

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
stop = {"it", "was", "the", "of"}
content = Counter({w: n for w, n in counts.items() if w not in stop})
print(len(words), len(counts), len(content))
for word, n in content.most_common(5):
    print(f"{word:<12}{n:>3} {n / len(words):>7.2%}")
longest = sorted(counts, key=lambda w: (-len(w), w))[:3]
print(longest)
no_punct = text.translate(str.maketrans("", "", string.punctuation))
print(no_punct.split()[:8])
sentences = [s.strip() for s in re.split(r"[,.]\s*", text) if s.strip()]
print(len(sentences), sentences[-1])
initials = Counter(w[0] for w in words)
print(sorted(initials.items())[:6])
print(re.sub(r"\bit was\b", "IT WAS", text, count=2, flags=re.I)[:60])
print(re.findall(r"the (\w+) of (\w+)", text)[:3])
print([m.span() for m in re.finditer(r"epoch", text)])
m = re.search(r"(?P<adj>\w+)est of (?P<noun>\w+)", text)
print(m.group(0), m["adj"], m.groupdict(), m.start("noun"), m.groups())
print(re.split(r"(\s)", "a b  c"), re.split(r"\s+", " a b "), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.subn("a", "b", "banana"))
pat = re.compile(r"^(\w+):\s*(\d+)$", re.M)
print(pat.findall("x: 1\ny:22\nbad\nz:  3"), pat.pattern, pat.flags & re.M != 0)
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.match(r"\d+", "abc"), re.escape("a.b*c"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__, e)
print(repr(re.compile(r"\d+", re.I)), repr(re.match(r"a+", "aaab")))
print(re.findall(r"(?i)LIGHT|darkness", text), re.findall(r"\b\w{8,}\b", text))
re.compile("*")
