DOC = """# Weekly notes

Some *emphasis* and **strong** text with `code`.

## Tasks
- write tests
- fix **parser**
- ship it

1. first
2. second

> quoted line

Plain paragraph
that continues.
"""

def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2)
            out.append("<strong>" + text[i + 2:j] + "</strong>")
            i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1)
            out.append("<em>" + text[i + 1:j] + "</em>")
            i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1)
            out.append("<code>" + text[i + 1:j].replace("<", "&lt;") + "</code>")
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)

def convert(md):
    html = []
    list_kind = None
    para = []
    def flush():
        nonlocal list_kind
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    for line in md.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped.startswith("- ") or stripped[0].isdigit() and ". " in stripped:
            kind = "ul" if stripped.startswith("- ") else "ol"
            if list_kind != kind:
                flush()
                html.append(f"<{kind}>")
                list_kind = kind
            html.append("  <li>" + inline(stripped.split(" ", 1)[1]) + "</li>")
        elif stripped.startswith(">"):
            flush()
            html.append("<blockquote>" + inline(stripped[1:].strip()) + "</blockquote>")
        else:
            para.append(stripped)
    flush()
    return "\n".join(html)

print(convert(DOC))
