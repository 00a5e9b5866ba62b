import textwrap

items = [
    ("Introduction", "This chapter introduces the basic ideas behind the project and the people who built it over many years."),
    ("Installation", "Download the archive, unpack it somewhere sensible, and run the installer with administrator rights."),
    ("Usage", "Short."),
]
for title, body in items:
    print(title.upper().center(40, "="))
    for line in textwrap.wrap(body, width=36, initial_indent="  ", subsequent_indent="    "):
        print("|" + line.ljust(38) + "|")
print("=" * 40)

wrapper = textwrap.TextWrapper(width=28, initial_indent="- ", subsequent_indent="  ")
bullets = ["first point which is rather long indeed", "second", "third point: with\ttabs\tinside"]
print("\n".join(wrapper.fill(b) for b in bullets))
print(wrapper.width, wrapper.initial_indent, repr(wrapper.subsequent_indent), wrapper.tabsize)

poem = """\
        Two roads diverged in a yellow wood,
        And sorry I could not travel both
          And be one traveler, long I stood
        """
print(textwrap.dedent(poem))
print(textwrap.indent(textwrap.dedent(poem), "    | ", lambda ln: not ln.startswith(" ")))
print(repr(textwrap.dedent("\n\n  x\n   \n  y")))
print(repr(textwrap.dedent("no indent\n  some")))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 20))
print(textwrap.shorten("  lots   of    space  ", 100))
try:
    textwrap.shorten("abc", 2)
except ValueError as e:
    print("ValueError", e)
long_word = "x" * 25
print(textwrap.wrap(long_word, 10))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 12))
print(textwrap.wrap("email@example.com,another@example.org", 15))
print(textwrap.fill("Don't stop. Keep going!  Ok?", width=12))
for w in (10, 20, 30):
    print(w, textwrap.wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", w))
