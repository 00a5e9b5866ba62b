# \w, \W, \b and \B in str patterns follow str.isalnum() plus '_' (not combining marks, joiners or
# connector punctuation, but numbers such as superscripts and fractions); re.Scanner tokenizes;
# a few inline-flag and template mistakes give CPython's errors.
import re

text = "na\u00efve_1 x\u00b2 \u00bd \u2167 e\u0301 a\u200db a\u203fb \u0915\u093f 9"
print(re.findall(r"\w+", text))
print(re.findall(r"\W", text))
print(re.findall(r"[\w]+", text) == re.findall(r"\w+", text), re.findall(r"[^\w ]", text))
print(re.sub(r"\b", "|", "h\u00e9 w\u00f6rld"), re.findall(r"\B\w", "ab c\u00e9"))
print(re.findall(r"(?a)\w+", text), re.findall(rb"\w+", "na\u00efve".encode()))

def number(scanner, token):
    return ("NUM", int(token))

def name(scanner, token):
    return ("NAME", token, scanner.match.span())

scanner = re.Scanner([
    (r"\d+", number),
    (r"[A-Za-z_]\w*", name),
    (r"[+*/-]", lambda scanner, token: ("OP", token)),
    (r"\s+", None),
])
print(scanner.scan("x1 + 42*y - 7"))
print(scanner.scan("a + $b"))
print(re.Scanner([(r"a|ab", "short"), (r"b", "b")]).scan("abab"))

for pattern in [r"(?a)(?u)x", r"(?-i)x", r"(?i-s)x"]:
    try:
        re.compile(pattern)
        print(pattern, "compiles")
    except (re.error, ValueError) as e:
        print(pattern, type(e).__name__, e)
for template in [r"\g<", r"\g<1", r"\g<>", r"\g"]:
    try:
        re.sub("(a)", template, "a")
    except re.error as e:
        print(repr(template), e)
