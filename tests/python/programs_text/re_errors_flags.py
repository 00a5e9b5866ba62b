import re
bad_patterns = ["(", ")", "[a-", "a{2,1}", "*a", "a**", "(?P<1x>a)", "(?P<n>a)(?P<n>b)", r"\1(a)", "(?<=a+)b", r"\p", "[z-a]",
                "(?P=missing)", "a{1", "(?z)", "x{,3}", r"\8", "(?i", "[]", "\\", "(?#unterminated"]
for p in bad_patterns:
    try:
        r = re.compile(p)
        print(repr(p), "compiled", r.pattern)
    except re.error as e:
        print(repr(p), type(e).__name__, "|", e, "|", e.msg, e.pos)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.match("a", b"a")
except TypeError as e:
    print(type(e).__name__, e)
print(re.findall(r"\w+", "naïve café 日本", re.ASCII), re.findall(r"\w+", "naïve café 日本"))
print(re.findall(rb"\w+", b"bytes only \xe9"), re.match(rb"(?i)ABC", b"abc").group())
print(re.match(r"\d", "٣"), re.match(r"\d", "٣", re.A), re.match(r"(?a)\s", "\u00a0"), re.match(r"\s", "\u00a0") is not None)
print(re.match("Σ", "σ", re.I) is not None, re.match("ß", "SS", re.I), re.match("[a-z]+", "ABC", re.I).group())
print(re.search(r"\Aab\Z", "ab"), re.search(r"\Aab\Z", "ab\n"), re.search(r"ab$", "ab\n").span())
p = re.compile(r"o")
print(p.search("foo boo", 3).span(), p.search("foo boo", 3, 5), p.match("foo", 1).span(), p.findall("foo boo", 2, 6), p.fullmatch("o", 0))
print(re.purge(), re.compile(re.compile("x")).pattern, hasattr(re, "template"))
try:
    re.compile(re.compile("x"), re.I)
except ValueError as e:
    print(type(e).__name__, e)
print(re.match(r"a{3}", "aaaa").group(), re.match(r"a{2,}?", "aaaa").group(), re.match(r"a+?b", "aaab").group(), re.match(r"(a|b)*?c", "abac").groups())
print(re.match(r"(?s:.)(?-i:A)", "\nA", re.I), re.match(r"(?x) a b # c", "ab").group())
m = re.match(r"(?P<a>x)|(?P<b>y)", "y")
print(m.lastgroup, m.lastindex, m.groupdict())
re.compile("(unclosed")
