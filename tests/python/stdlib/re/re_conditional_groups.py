# Conditional groups (?(id)yes|no): the yes branch when group id took part in the match, else no.
import re

tag = re.compile(r"(<)?(\w+)(?(1)>)")
for text in ["<html>", "plain", "<broken", "broken>"]:
    m = tag.fullmatch(text)
    print(f"{text!r:10}", m.groups() if m else None)

quoted = re.compile(r"""(?P<quote>['"])?(?P<word>\w+)(?(quote)(?P=quote))""")
for text in ['"double"', "'single'", "bare", "'mixed\""]:
    m = quoted.fullmatch(text)
    print(f"{text!r:12}", m.group("word") if m else None, m.span() if m else None)

area = re.compile(r"(\()?(\d{3})(?(1)\)|-)(\d{4})")
print([m.group() for m in area.finditer("(555)1234 555-9876 (555-1111 5551234")])
print(area.sub(r"\2.\3", "call (555)1234 or 555-9876"))
print(re.findall(r"(a)?(?(1)b|c)", "abcac"), re.split(r"(x)?(?(1)y|z)", "1xy2z3"))
print(re.match(r"(a)?(?(1)(b)|(c))", "c").groups(), re.match(r"(a)?(?(1)(b)|(c))", "ab").groups())
print(re.match(r"(a)(b)?(?(2)c|d)(\1)", "ada").groups(), re.compile(r"(a)(?(1)b|c)").groups)

for bad in [r"(a)(?(1)b|c|d)", r"(?(2)a)(b)", r"(a)(?(nope)b)", r"(a)(?(0)b)", r"(a)(?(1"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r:18} error: {e}")
