import re
# Parse "key=value" pairs with optional quoting, using alternation instead of conditional groups
PAIR = re.compile(r"""(?P<key>[A-Za-z_][\w.-]*)\s*=\s*(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s,;]*))""")
line = 'name="Ada \\"Countess\\" Lovelace", born=1815; title=\'Mathematician\' empty= , path=/usr/local/bin tag.x-y="a,b"'
result = {}
for m in PAIR.finditer(line):
    kind = m.lastgroup
    value = m.group(kind) if kind else ""
    if kind == "dq":
        value = re.sub(r"\\(.)", r"\1", value)
    result[m["key"]] = (kind, value)
for k, (kind, v) in result.items():
    print(f"{k:<8} {kind or '-':<5} {v!r}")
print(len(result), sorted(result), PAIR.groupindex)
DATE = re.compile(r"(?P<y>\d{4})([-/.])(?P<m>\d\d)\2(?P<d>\d\d)")
for s in ["2024-01-31", "2024/02/29", "2024.03.01", "2024-04/05", "1999.12-31"]:
    m = DATE.fullmatch(s)
    print(s, "->", m and m.group("d", "m", "y"), m and repr(m.group(2)))
print(re.sub(r"(?i)\b(\w+)(\s+\1\b)+", r"\1", "Paris in the the the spring Spring is IS nice"))
print(re.findall(r"(?m)^(?!#)(\w+)\s*:\s*(.*?)\s*$", "# comment\nhost: example.com  \nport:8080\n#skip: me\nempty:   \n"))
print([m.group() for m in re.finditer(r"\d+(?:\.\d+)?(?=%)", "growth 12.5% vs 3% and 7 points")])
print(re.split(r"\s*(?:,|;|\band\b)\s*", "apples, pears;plums and cherries ,  figs"))
print(re.sub(r"(?<!\\)\$(\w+)", lambda m: {"USER": "ada", "HOME": "/home/ada"}.get(m[1], m[0]), r"$USER lives in $HOME, not \$HOME or $NOPE"))
