poem = """Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;"""
lines = poem.splitlines()
words = poem.split()
print(len(lines), len(words), len(poem), len(poem.replace("\n", "")))
for i, line in enumerate(lines, 1):
    print(f"{i}: {len(line.split()):2d} words, starts with {line.split()[0]!r}")
print(sum(1 for w in words if w.lower().strip(",;") == "and"))
longest_line = max(lines, key=len)
print(longest_line)
print(sorted({w.strip(",;").lower() for w in words if len(w) > 6}))
caps = [w for w in words if w[0].isupper()]
print(caps)
