import string
def pangram(s):
    return set(string.ascii_lowercase) <= set(s.lower())
def isogram(s):
    letters = [c for c in s.lower() if c.isalpha()]
    return len(letters) == len(set(letters))
def heterogram_order(s):
    return "".join(sorted(set(s.lower()) - set(" -")))
for s in ["The quick brown fox jumps over the lazy dog", "Hello, world", "Pack my box with five dozen liquor jugs",
          "subdermatoglyphic", "uncopyrightable", "lumberjacks", "background", "six-year-old", "isograms"]:
    print(f"{s!r:48} pangram={pangram(s)!s:5} isogram={isogram(s)!s:5} {heterogram_order(s)}")
missing = lambda s: "".join(sorted(set(string.ascii_lowercase) - set(s.lower())))
print(missing("The five boxing wizards jump quickly"), missing("Hello"), repr(missing(string.ascii_letters)))
def palindrome(s):
    t = [c for c in s.casefold() if c.isalnum()]
    return t == t[::-1]
print([palindrome(s) for s in ("A man, a plan, a canal: Panama!", "Was it a car or a cat I saw?", "Rosetta", "ÉtÉ", "")])
semordnilaps = {"stressed", "desserts", "drawer", "reward", "lived", "devil", "python", "diaper", "repaid", "level"}
pairs = sorted({tuple(sorted((w, w[::-1]))) for w in semordnilaps if w[::-1] in semordnilaps and w != w[::-1]})
print(pairs)
