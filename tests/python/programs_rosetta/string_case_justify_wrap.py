import textwrap

s = "alphaBETA gamma-delta o'neil ÉCOLE straße"
for m in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
    print(f"{m:10} {getattr(s, m)()}")
print(string := "snake_case_to_camel")
print("".join(w.title() if i else w for i, w in enumerate(string.split("_"))))
import re
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseToSnakeHTTP").lower())
for w in ("left", "right", "center"):
    print("|" + getattr("text", {"left": "ljust", "right": "rjust", "center": "center"}[w])(11, "*") + "|")
print(f"|{'x':^6}|{'x':<6}|{'x':>6}|{'x':=^7}|{42:+06d}|{-42:=8}|")
para = ("Even today, with proportional fonts and complex layouts, there are still cases "
        "where you need to wrap text at a specified column. The basic task is to wrap a "
        "paragraph of text in a simple way.")
print(textwrap.fill(para, 40))
print()
for line in textwrap.wrap(para, 30, initial_indent="> ", subsequent_indent="  "):
    print(line)
print(textwrap.shorten(para, 50))
print(textwrap.dedent("""\
        indented
          more
        back"""))
print(textwrap.indent("a\n\nb", "# "))
print("Hello World".zfill(14), "-12".zfill(6), "ab".center(7, "-"), "tab\there".expandtabs(4))
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "İ".lower().encode("utf-8"), "ﬁ".upper())
