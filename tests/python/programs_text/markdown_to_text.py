import re
import html
MD = """# Title with *emphasis*

Some **bold** text, some _italic_ text and `inline code`.
A [link](http://example.com "t") and ![img](a.png).

## Lists
- item one
- item **two**
  - nested item
1. first
2. second

> quoted line
> another

```
code block <keep> *as is*
```
Done & dusted < 3 > 2.
"""
def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<!\w)[*_](.+?)[*_](?!\w)", r"<i>\1</i>", s)
    s = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)", r'<img alt="\1" src="\2">', s)
    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)", lambda m: f'<a href="{m[2]}"' + (f' title="{m[3]}"' if m[3] else "") + f">{m[1]}</a>", s)
    return s
out, in_code, in_list = [], False, None
for line in MD.splitlines():
    if line.startswith("```"):
        out.append("</pre>" if in_code else "<pre>")
        in_code = not in_code
        continue
    if in_code:
        out.append(html.escape(line))
        continue
    m = re.match(r"(#{1,6})\s+(.*)", line)
    li = re.match(r"(\s*)([-*]|\d+\.)\s+(.*)", line)
    if li:
        kind = "ol" if li[2][0].isdigit() else "ul"
        if in_list != kind:
            if in_list:
                out.append(f"</{in_list}>")
            out.append(f"<{kind}>")
            in_list = kind
        out.append(f"{'  ' * (len(li[1]) // 2)}<li>{inline(li[3])}</li>")
        continue
    if in_list:
        out.append(f"</{in_list}>")
        in_list = None
    if m:
        out.append(f"<h{len(m[1])}>{inline(m[2])}</h{len(m[1])}>")
    elif line.startswith(">"):
        out.append(f"<blockquote>{inline(line.lstrip('> '))}</blockquote>")
    elif line.strip():
        out.append(f"<p>{inline(line)}</p>")
print("\n".join(out))
text = re.sub(r"<[^>]+>", "", "\n".join(out))
print(html.unescape(text).replace("\n\n", "\n"))
print(html.escape('<a href="x">&\'</a>'), html.unescape("&lt;&#62;&amp;&quot;&#x27;&eacute;&nbsp;|&copy;&unknown;"))
