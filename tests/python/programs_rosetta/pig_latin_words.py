import re
VOWELS = "aeiou"
def pig(word):
    m = re.match(r"([^aeiouy]*(?:qu)?|y)(.*)", word, re.I) if word[0].lower() not in VOWELS else None
    if m is None:
        return word + "way"
    head, tail = m.groups()
    if not tail:
        return word + "ay"
    out = tail + head + "ay"
    return out.capitalize() if word[0].isupper() else out
sentence = "The quick brown fox jumped over the lazy dog while Quincy yelled rhythmically at apples"
print(" ".join(pig(w) for w in sentence.split()))
def reverse_words(s):
    return " ".join(reversed(s.split()))
for line in ["---------- Ice and Fire ------------", "", "fire, in end will world the say Some", "ice. in say Some"]:
    print(repr(reverse_words(line)))
def odd_word(s):
    words = re.findall(r"[a-z]+|[^a-z]", s)
    out, i = [], 0
    for w in words:
        if w.isalpha():
            out.append(w[::-1] if i % 2 else w)
            i += 1
        else:
            out.append(w)
    return "".join(out)
print(odd_word("what,is,the;meaning,of:life."), odd_word("we,are;not,in,kansas;any,more."))
print(" ".join(w[::-1] for w in "Hey you, Bub!".split()), "Hey you, Bub!"[::-1])
