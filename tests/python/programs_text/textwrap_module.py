import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for w in [20, 35, 60]:
    print(f"--- width {w}")
    for line in textwrap.wrap(text, width=w):
        print(f"|{line:<{w}}|")
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("a-hyphenated-compound-word-here end", width=12))
print(textwrap.wrap("a-hyphenated-compound-word-here end", width=12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\tthere", width=15), textwrap.wrap("tabs\there", width=15, expand_tabs=False))
print(textwrap.wrap("  leading   spaces   kept?  ", width=12), textwrap.wrap("  lead  ", width=12, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("End. Next sentence. Third.", 15, fix_sentence_endings=True))
print(textwrap.wrap(text, width=30, max_lines=3), textwrap.wrap(text, width=30, max_lines=2, placeholder=" ~~"))
print(repr(textwrap.shorten("Hello  world!  How are   you?", width=12)))
print(repr(textwrap.shorten("Hello world", width=11)), repr(textwrap.shorten("Hello world", width=10, placeholder="...")))
try:
    textwrap.shorten("Hello world", width=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print(type(e).__name__, e)
code = """
    def f():
        return 1
      # odd comment
    x = 2
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  \n    y")), repr(textwrap.dedent("\tx\n\ty")))
print(textwrap.indent("one\ntwo\n\nfour\n", "> "))
print(textwrap.indent("one\n  \nthree", "+ ", lambda line: True))
print(textwrap.indent("keep\nskip me\nkeep", "# ", predicate=lambda l: "skip" not in l))
w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent=">> ", max_lines=4, placeholder=" [more]")
print("\n".join(w.wrap(text)))
print(w.width, w.expand_tabs, w.replace_whitespace, w.tabsize)
w2 = textwrap.TextWrapper(width=8, tabsize=4)
print(w2.wrap("a\tb\tc d e f g"))
print(textwrap.fill("para one line\nstill para one", width=80))
