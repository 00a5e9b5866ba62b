import textwrap
import string
import re

# sWAP cASE, string split and join, mutations
s = "HackerRank.com presents \"Pythonist 2\"."
print(s.swapcase())
print("-".join("this is a string".split(" ")))
lst = list("abracadabra")
lst[5] = "k"
print("".join(lst), "abracadabra"[:5] + "k" + "abracadabra"[6:])

# find a string (overlapping)
def count_substring(string, sub):
    return sum(string.startswith(sub, i) for i in range(len(string)))


print(count_substring("ABCDCDC", "CDC"), "ABCDCDC".count("CDC"))

# string validators
t = "qA2"
print(any(c.isalnum() for c in t), any(c.isalpha() for c in t), any(c.isdigit() for c in t),
      any(c.islower() for c in t), any(c.isupper() for c in t))
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdigit(), int("٣"), "x1".isidentifier(), " ".isspace())

# text wrap
text = "ABCDEFGHIJKLIMNOQRSTUVWXYZ"
print(textwrap.fill(text, 4))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 10))
print(textwrap.dedent("""\
    hello
      world
    """), end="")
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.indent("a\nb\n", "> "), end="")

# capitalize!
name = "chris alan  1st 12abc"
print(" ".join(w.capitalize() for w in name.split(" ")), name.title(), string.capwords(name))

# the minion game
def minion_game(word):
    vowels = "AEIOU"
    kevin = sum(len(word) - i for i, c in enumerate(word) if c in vowels)
    stuart = len(word) * (len(word) + 1) // 2 - kevin
    if kevin == stuart:
        return "Draw"
    return f"Stuart {stuart}" if stuart > kevin else f"Kevin {kevin}"


print(minion_game("BANANA"), minion_game("BAANANAS"))

# merge the tools
def merge_the_tools(s, k):
    for i in range(0, len(s), k):
        print("".join(dict.fromkeys(s[i:i + k])))


merge_the_tools("AABCAAADA", 3)
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, repr(string.whitespace))
print(re.sub(r"(?<=\s)(&&|\|\|)(?=\s)", lambda m: "and" if m.group() == "&&" else "or", "a && b || c &&& d"))
print(re.findall(r"(?<=[^aeiouAEIOU])([aeiouAEIOU]{2,})(?=[^aeiouAEIOU])", "rabcdeefgyYhFjkIoomnpOeorteeeeet"))
print("Hello".ljust(8, ".") + "|", "Hello".rjust(8) + "|", "abc".center(8, "=") + "|", "abc".center(6) + "|")
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("%s" % ("tuple",), "{0}{1}{0}".format("ab", "cd"), "{:,}".format(10 ** 12), "{!r:>8}".format("q"))
