# Word statistics over a text, with common string-method mistakes caught along the way.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
Foxes and dogs: 2 species, 1 story."""

words = [w.strip(".,;:!").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)

mistakes = [
    ("TEXT.split(None, 'x')", lambda: TEXT.split(None, "x")),
    ("TEXT.count()", lambda: TEXT.count()),
    ("TEXT.count(1)", lambda: TEXT.count(1)),
    ("TEXT.find('fox', 'a')", lambda: TEXT.find("fox", "a")),
    ("TEXT.index('cat')", lambda: TEXT.index("cat")),
    ("TEXT.rindex('cat', 0, 5)", lambda: TEXT.rindex("cat", 0, 5)),
    ("' '.join(counts.values())", lambda: " ".join(counts.values())),
    ("' '.join([w, 3])", lambda: " ".join(["w", 3])),
    ("TEXT.replace('fox')", lambda: TEXT.replace("fox")),
    ("TEXT.replace('fox', 3)", lambda: TEXT.replace("fox", 3)),
    ("TEXT.startswith(['The'])", lambda: TEXT.startswith(["The"])),
    ("TEXT.startswith(('The', 3))", lambda: TEXT.startswith(("The", 3))),
    ("TEXT.center(80, '--')", lambda: TEXT.center(80, "--")),
    ("TEXT.ljust(5.5)", lambda: TEXT.ljust(5.5)),
    ("TEXT.zfill()", lambda: TEXT.zfill()),
    ("TEXT.strip(5)", lambda: TEXT.strip(5)),
    ("TEXT.splitlines('x')", lambda: TEXT.splitlines("x")),
    ("TEXT.encode('ascii').decode('utf-32')", lambda: TEXT.encode("ascii").decode("utf-32")),
    ("TEXT.title(1)", lambda: TEXT.title(1)),
    ("TEXT.translate(5)", lambda: TEXT.translate(5)),
    ("str.maketrans('ab', 'c')", lambda: str.maketrans("ab", "c")),
    ("str.maketrans({'ab': 1})", lambda: str.maketrans({"ab": 1})),
    ("str.maketrans({1: 2}, 'x')", lambda: str.maketrans({1: 2}, "x")),
    ("TEXT.rsplit(maxsplit='2')", lambda: TEXT.rsplit(maxsplit="2")),
    ("TEXT.partition('')", lambda: TEXT.partition("")),
    ("TEXT.expandtabs(tabsize='4')", lambda: TEXT.expandtabs(tabsize="4")),
    ("TEXT[100]", lambda: TEXT[100]),
    ("TEXT['a']", lambda: TEXT["a"]),
    ("TEXT[1:2:0]", lambda: TEXT[1:2:0]),
    ("TEXT.removeprefix(1)", lambda: TEXT.removeprefix(1)),
    ("'abc'.removesuffix()", lambda: "abc".removesuffix()),
    ("'x'.isdigit(1)", lambda: "x".isdigit(1)),
    ("'%s and %s' % ('a',)", lambda: "%s and %s" % ("a",)),
    ("'{} and {}'.format('a')", lambda: "{} and {}".format("a")),
    ("'{name}'.format_map({})", lambda: "{name}".format_map({})),
    ("'{0:>{w}}'.format('a')", lambda: "{0:>{w}}".format("a")),
    ("'x' < 3", lambda: "x" < 3),
    ("'x' - 'y'", lambda: "x" - "y"),
    ("-'x'", lambda: -"x"),
    ("'ab' * 'c'", lambda: "ab" * "c"),
    ("'abc'.casefold() in 5", lambda: "abc".casefold() in 5),
    ("5 in 'abc'", lambda: 5 in "abc"),
]
for text, f in mistakes:
    try:
        print(f"{text:40} -> {f()!r}")
    except (TypeError, ValueError, IndexError, UnicodeDecodeError) as e:
        print(f"{text:40} -> {type(e).__name__}: {e}")
print(max(counts, key=counts.get), len(counts))
print(TEXT.index("cat"))
