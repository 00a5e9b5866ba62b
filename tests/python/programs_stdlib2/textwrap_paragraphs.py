import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten(text, width=50, placeholder=" [more]"))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11))

code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(textwrap.dedent("  a\n\tb\n"))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("one\n\n two", "+", predicate=lambda line: True))

w = textwrap.TextWrapper(width=20, break_long_words=False, break_on_hyphens=False)
print(w.wrap("supercalifragilisticexpialidocious is a long-winded-hyphenated word"))
w2 = textwrap.TextWrapper(width=20)
print(w2.wrap("supercalifragilisticexpialidocious is a long-winded-hyphenated word"))
w3 = textwrap.TextWrapper(width=15, max_lines=2, placeholder="...")
print(w3.wrap(text))
w4 = textwrap.TextWrapper(width=30, expand_tabs=True, tabsize=4, replace_whitespace=True)
print(w4.wrap("col1\tcol2\tcol3\nnext line\there"))
w5 = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(w5.wrap("  leading and trailing spaces  "))
w6 = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(w6.wrap("First sentence. Second one! Third? Mr. Smith went."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("short", 100))
for width in (1, 5, 8):
    print(width, textwrap.wrap("abcdefghij klm", width))
try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.TextWrapper(width=10, max_lines=1, placeholder="a very long placeholder").wrap("x " * 20)
except ValueError as e:
    print("ValueError", e)
print(textwrap.fill("a b c d e f g h i j k l m n o p", width=6, max_lines=3))
