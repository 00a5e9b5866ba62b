text = "Python is an Interpreted, high-level, General-purpose programming language. ÉCOLE naïve ß"
vowels = "aeiouAEIOU"
print(sum(1 for ch in text if ch in vowels))
print({v: text.lower().count(v) for v in "aeiou"})
print(text.title())
print(text.capitalize())
print(text.swapcase())
print(text.upper())
print(text.lower())
print(text.casefold())
print("hello world".title(), "they're bill's friends".title(), "3rd place".title(), "ÀB cD".swapcase())
print("o'neil mcdonald-smith".title(), "hELLO".capitalize(), "ǆemal".title(), "ﬁne".upper())
import string
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
print("ß".upper(), "ß".lower(), "ß".casefold(), "İ".lower(), len("İ".lower()))
for w in ("Hello", "HELLO", "hello", "Hello World", "hello World", "123", "1a", "", " ", "ǅ"):
    print(f"{w!r:15} upper={w.isupper()!s:5} lower={w.islower()!s:5} title={w.istitle()!s:5} alpha={w.isalpha()!s:5} alnum={w.isalnum()!s:5} space={w.isspace()}")
for s in ("123", "½", "²", "١٢٣", "12.5", "-1", "Ⅻ"):
    print(f"{s!r:8} decimal={s.isdecimal()} digit={s.isdigit()} numeric={s.isnumeric()}")
print("hello_world".isidentifier(), "2x".isidentifier(), "class".isidentifier(), "ñame".isidentifier())
print("abc\x01".isprintable(), "abc".isprintable(), "\t".isprintable(), "".isascii(), "é".isascii())
consonants = [c for c in "programming" if c.isalpha() and c not in vowels]
print(consonants, len(consonants), "".join(dict.fromkeys(consonants)))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print(" ".join(reversed("reverse the word order".split())))
sentence = "the quick brown fox"
print(" ".join(w[0].upper() + w[1:] for w in sentence.split()))
print(sentence.replace(" ", "_").upper(), sentence.count("o"), sentence.find("q"), sentence.rfind("o"), sentence.index("b"))
try:
    sentence.index("z")
except ValueError as e:
    print(type(e).__name__, e)
print(sentence.partition(" "), sentence.rpartition(" "), sentence.partition("zzz"))
print(sentence.startswith(("a", "the")), sentence.endswith("fox", 0, 10), sentence.endswith("brown", 0, 15))
