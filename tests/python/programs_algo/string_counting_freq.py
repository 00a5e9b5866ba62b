from collections import Counter
import string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = Counter(words)
print(len(words), len(freq))
for w, n in freq.most_common(6):
    print(f"{w:<12}{n:>3} {'#' * n}")
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(5), sum(letters.values()))
print(sorted(letters, key=lambda c: (-letters[c], c))[:10])
vowels = sum(letters[v] for v in "aeiou")
print(f"vowels {vowels} ({vowels / sum(letters.values()):.1%})")
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
lengths = Counter(map(len, words))
for n in sorted(lengths):
    print(f"{n:>2} letters: {lengths[n]}")
print(max(words, key=len), min(words, key=len), sorted(set(words), key=lambda w: (len(w), w))[-3:])
print(string.ascii_lowercase, string.digits, string.punctuation[:10], repr(string.whitespace))
caps = string.capwords("hello   wide world")
print(caps, "hello world".title(), "o'neil's".title(), string.capwords("o'neil's"))
tmpl = string.Template("$who likes ${what}s; $$5")
print(tmpl.substitute(who="Tim", what="kung pao"), tmpl.safe_substitute(who="Ann"))
try:
    tmpl.substitute(who="x")
except KeyError as ex:
    print(type(ex).__name__, ex)
def is_pangram(s):
    return set(string.ascii_lowercase) <= set(s.lower())
print(is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram(text))
missing = sorted(set(string.ascii_lowercase) - set(text.lower()))
print("missing letters:", "".join(missing))
table = str.maketrans("", "", string.punctuation)
print(text.split("\n")[0].translate(table))
print(Counter("hello") & Counter("world"), Counter("hello") | Counter("world"))
print("".join(sorted(Counter("mississippi").elements())), Counter("aAbB".lower()))
