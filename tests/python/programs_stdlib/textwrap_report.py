import textwrap

paragraphs = [
    "Python is an easy to learn, powerful programming language. It has efficient high-level data structures and a simple but effective approach to object-oriented programming.",
    "Python's elegant syntax and dynamic typing, together with its interpreted nature, make it an ideal language for scripting and rapid application development in many areas on most platforms.",
]
for width in (30, 50, 72):
    print(f"== width {width} ==")
    for p in paragraphs:
        print(textwrap.fill(p, width=width))
        print()
w = textwrap.TextWrapper(width=40, initial_indent="  - ", subsequent_indent="    ", max_lines=3, placeholder=" …")
for p in paragraphs:
    print("\n".join(w.wrap(p)))
print(textwrap.shorten(paragraphs[0], 60), textwrap.shorten(paragraphs[0], 60, placeholder="..."))
print(textwrap.shorten("   lots    of   space   ", 15))
try:
    textwrap.shorten("one two three", 3)
except ValueError as e:
    print(type(e).__name__, e)
code = '''
    def greet(name):
        """Say hello."""
        if name:
            print("hi", name)
'''
print(textwrap.dedent(code))
print(textwrap.indent(textwrap.dedent(code).strip(), "    | "))
print(textwrap.indent("x\n  \ny\n", "# "))
table = [("Name", "Description"), ("alpha", "The first letter of the Greek alphabet, used widely in mathematics."),
         ("omega", "The last letter.")]
for name, desc in table:
    lines = textwrap.wrap(desc, 30) or [""]
    print(f"{name:<8}{lines[0]}")
    for extra in lines[1:]:
        print(" " * 8 + extra)
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 5), textwrap.wrap("end. Next", 20, fix_sentence_endings=True))
print(textwrap.fill("one\ttwo\tthree", 12, tabsize=4), repr(textwrap.fill("line\nbreaks\nhere", 40)))
print(textwrap.wrap("x " * 10, 6, drop_whitespace=False))
print(textwrap.TextWrapper(width=10, replace_whitespace=False).wrap("a\nb c d e f g"))
