# expandtabs and splitlines
rows = ["a\tb\tc", "\t", "ab\tcd\t\tef", "12345678\tx", "x\ty\nab\tc", "no tabs"]
for r in rows:
    print(repr(r.expandtabs()), repr(r.expandtabs(4)), repr(r.expandtabs(1)), repr(r.expandtabs(0)), repr(r.expandtabs(-1)))
print(repr("a\tb".expandtabs(tabsize=3)))
print(repr(b"a\tbc\td".expandtabs(4)))
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.splitlines(True) == text.splitlines(keepends=1))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\n".splitlines(), "a\r".splitlines(True))
print("trailing\n\r\n".splitlines(True))
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"x\ny\n".splitlines(True))
print("a\nb".split("\n"), "a\nb\n".split("\n"))
poem = """Roses are red,
    Violets are blue,\r
Sugar is sweet,

And so are you."""
for n, line in enumerate(poem.splitlines(), 1):
    print(f"{n:>3}| {line!r}")
print(len(poem.splitlines(True)), sum(len(l) for l in poem.splitlines(True)) == len(poem))
