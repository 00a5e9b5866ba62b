import re
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@example.com, bob@test.com"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "born 1990-05-17, died 2070-12-01"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 15 pears"))
print(re.sub("a", "b", "aaaa", count=2), re.subn(r"\s+", " ", "a   b \t c\n d"), re.subn("x", "y", "abc"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\b", "|", "hi there"), re.sub("(?i)CAT", "dog", "Cat cAt"), re.sub(r"\\", "/", r"a\b\c"))
print(re.sub("a", r"\n", "xax") == "x\nx", re.sub("a", lambda m: r"\n", "xax"), re.sub(r"(\d)", r"\g<1>0", "1 2"))
for bad in [r"\3", r"\g<x>", r"\g<1", "\\"]:
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(,)\s*", "a, b,c"), re.split(r"\s", "a b  c", maxsplit=1))
print(re.split(r"(\d)(x)?", "a1b2xc"), re.split(r"\b", "hi you"), re.split("x*", "axbc"), re.split(r"[;,]", ""))
print(re.split(r"(?<=-)", "a-b-c"), re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
camel = "parseHTTPResponseCodeAndBody"
print(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!\$)\b\d+\b", "$10 20 $30 40"), re.findall(r"(?<=\$)\d+", "$10 20 $30"))
print(re.findall(r"q(?!u)\w", "qatar queen qiwi"), re.search(r"(?<=abc)def", "abcdef").span())
print(re.escape("a.b*c?d[e]f{g}h(i)j|k^l$m\\n+o p-q#r&s~t"), re.escape("日本 é_1"))
pat = re.compile(r"""
    (?P<num>\d+)    # a number
    \s*             # spaces
    (?P<unit>[a-z]+)  # a unit
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("5 kg, 10m and 3   lbs")])
print(re.compile("a", re.I | re.M).flags & (re.I | re.M), re.I, re.IGNORECASE | re.DOTALL, repr(re.A), repr(re.S | re.X))
print(pat.sub(lambda m: f"{m['unit']}={m['num']}", "5 kg, 10m"), pat.split("x 5kg y"))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), repr(re.sub(r"$", "!", "a\nb\n")), repr(re.sub(r"(?m)$", "!", "a\nb\n")))
template = "Hello {name}, you owe {amount}"
vals = {"name": "Kim", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: vals.get(m.group(1), m.group(0)), template))
