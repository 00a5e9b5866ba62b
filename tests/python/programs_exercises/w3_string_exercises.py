# w3resource-style string exercises
s = "The quick brown fox jumps over the lazy dog"
print(len(s), s.count("o"), s.find("fox"), s.rfind("o"), s.index("quick"), s[4:9], s[-3:], s[::5])
print(s.upper(), s.lower(), s.split()[::-1], " ".join(w[::-1] for w in s.split()), s.replace("o", "0", 2))
print({c: s.lower().count(c) for c in sorted(set(s.lower())) if c.isalpha() and s.lower().count(c) > 2})
print(s.startswith("The"), s.endswith(("dog", "cat")), s.startswith("quick", 4), "fox" in s, s.isascii())
words = s.split()
print(max(words, key=len), min(words, key=len), sorted(words, key=len)[-3:], sorted(words, key=str.lower)[:3])
print("-".join(sorted(set(words), key=words.index)), [w for w in words if len(w) == len(set(w))])
t = "  \t padded text \n "
print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr("xxhixx".strip("x")), repr("www.example.com".lstrip("w.")))
print("Python".center(20, "~"), "Python".ljust(10, "_") + "|", "42".rjust(6, "0"), "3.14".zfill(7), "-3".zfill(4))
print(",".join(str(i) for i in range(5)), "abc" * 3, "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "a b".split(None))
print("hello"[1:-1], "hello"[10:], "hello"[-10:2], "hello"[::-2], "hello"[4:1:-1], "h" < "he" < "i", "Z" < "a")
print("{:,}".format(1234567), "{:.2%}".format(0.256), "{:>10}".format("right"), "{:^10}".format("mid"), "{:<10}|".format("left"))
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Bo", age=3), "{0[0]} {0[1]}".format(("x", "y")))
print(str(123) + "4", int("12") + 3, float("1.5") * 2, str(1.50), repr(0.1), str(True) + str(None), chr(97) + chr(0x263A))
print([ord(c) for c in "AZaz09"], "".join(chr(ord(c) + 1) for c in "HAL"), "abc".encode(), list(b"abc"))
print("a1b2c3".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower())
print("Mississippi".replace("ss", "SS"), "Mississippi".count("ss"), "Mississippi".count("i", 2, 6), "Mississippi".partition("ss"))
sentence = "this is a sentence with some words and this is it"
seen, dups = set(), []
for w in sentence.split():
    if w in seen and w not in dups:
        dups.append(w)
    seen.add(w)
print(dups, sentence.split().count("is"), len(set(sentence.split())), sentence.title().swapcase()[:20])
print("%s has %d chars, %.1f%% vowels" % (repr(s[:9]), len(s[:9]), 100 * sum(c in "aeiou" for c in s[:9]) / len(s[:9])))
