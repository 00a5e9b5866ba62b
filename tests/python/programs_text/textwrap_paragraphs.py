import textwrap
LOREM = """Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.

Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.
Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur."""
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for para in LOREM.split("\n\n"):
    lines = textwrap.wrap(para, 38)
    for ln in lines[:-1]:
        print("|" + justify(ln, 38) + "|")
    print("|" + lines[-1].ljust(38) + "|")
    print()
box_w = 30
print("+" + "-" * (box_w + 2) + "+")
for ln in textwrap.wrap("Boxes of wrapped text are a classic exercise in string formatting.", box_w):
    print(f"| {ln:^{box_w}} |")
print("+" + "-" * (box_w + 2) + "+")
print(textwrap.fill(LOREM, 50, initial_indent="    ", subsequent_indent="  "))
print(textwrap.shorten(LOREM, 60), textwrap.shorten(LOREM, 60, placeholder=" (...)"), sep="\n")
print(textwrap.indent(textwrap.dedent("""\
    def hello():
        print("hi")

    hello()
"""), "... ", lambda l: True), end="")
w = textwrap.TextWrapper(width=20, break_long_words=True, break_on_hyphens=True)
print(w.wrap("antidisestablishmentarianism is a long-winded, hyphen-rich word-salad"))
print(w.fill("short"), repr(w.fill("")), w.wrap("x" * 45))
w.width = 12
w.initial_indent = "-> "
print(w.wrap("the width and indent attributes can be changed later"))
print(textwrap.wrap("Mr. Smith arrived.  Then he left.", 80, fix_sentence_endings=True), textwrap.wrap("a\u00a0b c", 3))
print(textwrap.dedent("   \n  a\n    b\n"), textwrap.dedent("no indent\n  some"), sep="|")
