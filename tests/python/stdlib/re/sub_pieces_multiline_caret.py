import re
# join errors count only the pieces CPython builds (no empty literal text)
for f in [lambda: re.sub("a", lambda m: 5, "bab"), lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub("a", b"x", "a"),
          lambda: re.sub(b"a", "x", b"a"), lambda: re.sub("z", b"x", "a"), lambda: re.sub("a", 5, "a")]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
# '^' in MULTILINE mode also matches after a newline that ends the string
print(re.findall(r"^", "a\nb\n", re.M), re.sub(r"(?m)^", "> ", "x\ny\n"), re.findall(r"(?m)^\w*", "a\n\nb\n"))
print(re.split(r"(?m)^", "l1\nl2\n"), [m.span() for m in re.finditer(r"^", "\n\n", re.M)])
# Match repr shows at most 50 characters of the matched text's repr
print(re.match("a" * 100, "a" * 100), re.search(r"\w+", "x" * 60))
for p in [r"[a-\d]", r"[%-\w]", r"[\d-z]", r"[a\-\d]"]:
    try:
        print(p, re.findall(p, "a-5z%"))
    except re.error as e:
        print(p, type(e).__name__, e)
for p in [r"[\w-\d]", r"[\s-]", r"[a\d-]", r"[\D-x]"]:
    try:
        print(p, re.findall(p, "a-5z% "))
    except re.error as e:
        print(p, type(e).__name__, e)
