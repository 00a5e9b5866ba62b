import re
VOWELS = "aeiouAEIOU"
def pig_word(w):
    if not w[0].isalpha():
        return w
    m = re.match(r"(qu|[^aeiou]*)(.*)", w, re.I)
    head, tail = m.groups()
    if not head:
        res = w + "way"
    elif not tail:
        res = w + "ay"
    else:
        res = tail + head + "ay"
    if w.istitle():
        res = res.capitalize()
    elif w.isupper() and len(w) > 1:
        res = res.upper()
    return res
def translate(text):
    return re.sub(r"[A-Za-z]+", lambda m: pig_word(m.group()), text)
for s in ["Hello world", "The quick brown fox", "I am NASA's rhythm queen", "Eat apples!", "Strength, squeeze: xylophone.", "", "123 go"]:
    print(f"{s!r:<34} -> {translate(s)!r}")
def ubbi(text):
    return re.sub(r"([aeiou]+)", r"ub\1", text, flags=re.I)
print(ubbi("Hello there, Bubba"), "|", re.sub(r"(?i)[aeiou]", lambda m: m.group().swapcase(), "Alternating vOwEls"))
def reverse_words_keep_punct(s):
    return re.sub(r"\w+", lambda m: m.group()[::-1], s)
print(reverse_words_keep_punct("Hello, world! How's it going?"))
print(" ".join(w[0].upper() + w[1:].lower() if w else w for w in "mIxEd CaSe   words".split(" ")))
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2].lower(), "it's o'neil's mcdonald-smith"), "it's o'neil's".title())
