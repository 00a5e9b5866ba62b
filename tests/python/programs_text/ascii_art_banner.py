FONT = {
    "A": [" ### ", "#   #", "#####", "#   #", "#   #"],
    "B": ["#### ", "#   #", "#### ", "#   #", "#### "],
    "C": [" ####", "#    ", "#    ", "#    ", " ####"],
    "H": ["#   #", "#   #", "#####", "#   #", "#   #"],
    "I": ["#####", "  #  ", "  #  ", "  #  ", "#####"],
    "O": [" ### ", "#   #", "#   #", "#   #", " ### "],
    "P": ["#### ", "#   #", "#### ", "#    ", "#    "],
    "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
    "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
    "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
    " ": ["     "] * 5,
}
def banner(text, ch="#", gap=1):
    rows = [""] * 5
    for c in text.upper():
        glyph = FONT.get(c, ["?????"] * 5)
        for i in range(5):
            rows[i] += glyph[i].replace("#", ch) + " " * gap
    return "\n".join(r.rstrip() for r in rows)
print(banner("PYTHON"))
print(banner("HI BOB", ch="*", gap=2))
print(banner("ABC?", ch="\u2588"))
def frame(lines, pad=1, style="+-|"):
    corner, horiz, vert = style
    w = max(map(len, lines)) + 2 * pad
    top = corner + horiz * w + corner
    body = [vert + " " * pad + l.ljust(w - 2 * pad) + " " * pad + vert for l in lines]
    return "\n".join([top, *body, top])
print(frame(["Hello", "framed world!", ""]))
print(frame(banner("OK").splitlines(), pad=2, style="#=!"))
for n in range(1, 6):
    print(("*" * (2 * n - 1)).center(9, "."), str(n).rjust(3, "0"), "-" * n + ">" + " " * (5 - n) + "|")
print("\n".join(" ".join("#" if (x + y) % 2 else "." for x in range(8)) for y in range(4)))
