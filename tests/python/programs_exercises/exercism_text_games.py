# Exercism-style text exercises
import re
from collections import Counter


def bob(remark):
    r = remark.strip()
    question = r.endswith("?")
    yell = r.isupper()
    if not r:
        return "Fine. Be that way!"
    if question and yell:
        return "Calm down, I know what I'm doing!"
    if question:
        return "Sure."
    if yell:
        return "Whoa, chill out!"
    return "Whatever."


def acronym(words):
    return "".join(w[0].upper() for w in re.findall(r"[A-Za-z][A-Za-z']*", words))


def word_count(sentence):
    return Counter(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", sentence.lower()))


def isbn10(isbn):
    s = isbn.replace("-", "")
    if not re.fullmatch(r"\d{9}[\dX]", s):
        return False
    return sum((10 if ch == "X" else int(ch)) * w for ch, w in zip(s, range(10, 0, -1))) % 11 == 0


def luhn(num):
    s = num.replace(" ", "")
    if len(s) < 2 or not s.isdigit():
        return False
    total = 0
    for i, d in enumerate(map(int, reversed(s))):
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def scrabble(word):
    pts = {**dict.fromkeys("AEIOULNRST", 1), **dict.fromkeys("DG", 2), **dict.fromkeys("BCMP", 3),
           **dict.fromkeys("FHVWY", 4), "K": 5, **dict.fromkeys("JX", 8), **dict.fromkeys("QZ", 10)}
    return sum(pts[c] for c in word.upper())


def raindrops(n):
    return "".join(s for d, s in ((3, "Pling"), (5, "Plang"), (7, "Plong")) if n % d == 0) or str(n)


def diamond(letter):
    n = ord(letter) - 65
    rows = []
    for i in range(n + 1):
        ch = chr(65 + i)
        half = " " * (n - i) + ch + " " * i
        rows.append(half + half[-2::-1])
    return rows + rows[-2::-1]


for r in ["Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "Does this cryogenic chamber make me look fat?",
          "WHAT'S GOING ON?", "   ", "1, 2, 3", "4?"]:
    print(f"{r!r} -> {bob(r)}")
print(acronym("Portable Network Graphics"), acronym("Complementary metal-oxide semiconductor"), acronym("Halley's Comet"))
print(word_count("Joe can't tell between 'large' and large."))
print([isbn10(x) for x in ("3-598-21508-8", "3-598-21507-X", "3-598-2X507-9", "359821507X")])
print([luhn(x) for x in ("4539 3195 0343 6467", "8273 1232 7352 0569", "0", "059", "055 444 285")])
print(scrabble("cabbage"), scrabble("OxyphenButazone"), [raindrops(n) for n in (1, 3, 15, 35, 105, 34)])
print("\n".join(diamond("D")))
print(diamond("A"))
