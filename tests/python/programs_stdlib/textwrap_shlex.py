import textwrap, shlex

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; supercalifragilisticexpialidocious words break.")
for w in (20, 35, 60):
    print(textwrap.fill(text, width=w))
    print("-" * w)
print(textwrap.wrap(text, width=25, max_lines=3))
print(textwrap.wrap(text, width=25, max_lines=2, placeholder=" [more]"))
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world!", width=11))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 10), textwrap.wrap("abcdefghijklmnop", 10, break_long_words=False))
print(textwrap.wrap("well-known state-of-the-art", 8), textwrap.wrap("well-known state-of-the-art", 8, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc", 10, expand_tabs=True, tabsize=4), textwrap.wrap("  lead  ", 10), textwrap.wrap("", 5))
print(textwrap.wrap("one. two", 20, fix_sentence_endings=True), textwrap.wrap("x  y", 20, drop_whitespace=False))
print(repr(textwrap.dedent("""
    def f():
        return 1
      # comment
""")))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   \n  x\n")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda l: True))
tw = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(tw.wrap("some words that keep going on and on"))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("hello world", width=5, max_lines=1, placeholder="[...too long...]")
except ValueError as e:
    print(type(e).__name__, e)
cmds = ['ls -la "My Documents"', "echo 'single quoted' plain\\ escaped", 'a "b c"d e\'f g\'', "cmd # comment here",
        'x="1 2" y=3', "  spaces   around  ", 'tab\tsep', '"nested \\"quote\\""']
for c in cmds:
    print(repr(c), shlex.split(c))
print(shlex.split("cmd # comment here", comments=True), shlex.split("a 'b c'", posix=False))
for s in ["simple", "with space", "it's", "", "$HOME", "a\"b", "safe-_.,/:=@%+"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print(type(e).__name__, e)
try:
    shlex.split("trailing\\")
except ValueError as e:
    print(type(e).__name__, e)
lex = shlex.shlex("a=b; c && d", punctuation_chars=True)
print(list(lex))
lex2 = shlex.shlex("foo(bar, 'baz qux')")
print(list(lex2))
lex3 = shlex.shlex("k1=v1,k2=v2", posix=True)
lex3.whitespace = ","
lex3.whitespace_split = True
print(list(lex3))
