import textwrap

menu = {
    "Espresso": "A concentrated coffee brewed by forcing hot water through finely-ground beans.",
    "Cappuccino": "Espresso with steamed milk foam; traditionally a third each of espresso, milk and foam.",
    "Tea": "Leaves.",
}
for name, desc in menu.items():
    wrapped = textwrap.wrap(desc, width=36)
    print(f"{name:<12}| {wrapped[0]}")
    for line in wrapped[1:]:
        print(f"{'':<12}| {line}")
    print("-" * 50)
def columns(text_a, text_b, width=24, gap=4):
    a = textwrap.wrap(text_a, width)
    b = textwrap.wrap(text_b, width)
    n = max(len(a), len(b))
    a += [""] * (n - len(a))
    b += [""] * (n - len(b))
    return "\n".join(f"{x:<{width}}{' ' * gap}{y}" for x, y in zip(a, b))
print(columns("The left column has a fair amount of text that needs wrapping.", "Right side is shorter."))
box_w = 30
body = textwrap.wrap("Boxes are a classic use of textwrap: wrap, then pad each line to the box width.", box_w - 4)
print("+" + "-" * (box_w - 2) + "+")
for line in body:
    print("| " + line.ljust(box_w - 4) + " |")
print("+" + "-" * (box_w - 2) + "+")
print(textwrap.fill("centered title words", 10).center(20, "*"))
doc = """\
    Usage:
        tool [options] FILE

    Options:
      -h   help
"""
print(textwrap.dedent(doc))
print(textwrap.indent(textwrap.dedent(doc), ">>> ", lambda l: l.strip().startswith("-")))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="~"))
