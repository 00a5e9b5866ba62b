import re
import keyword
SRC = '''def greet(name: str = "world", *, times=2) -> None:
    # say hello
    for i in range(times):
        print(f"Hello, {name}! #{i}", 0x1F, 3.5e-2, 1_000)
    return None  # done
'''
TOKEN_RE = re.compile(r"""
    (?P<COMMENT>\#[^\n]*)
  | (?P<STRING>[rbfu]?(?:"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'))
  | (?P<NUMBER>0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>->|\*\*|[-+*/%=<>!]=?|[()\[\]{}:,.])
  | (?P<NEWLINE>\n)
  | (?P<WS>[ \t]+)
  | (?P<ERROR>.)
""", re.VERBOSE)
counts = {}
line = 1
for m in TOKEN_RE.finditer(SRC):
    kind, text = m.lastgroup, m.group()
    if kind == "NAME" and keyword.iskeyword(text):
        kind = "KEYWORD"
    elif kind == "NAME" and text in dir(__builtins__):
        kind = "BUILTIN"
    counts[kind] = counts.get(kind, 0) + 1
    if kind == "NEWLINE":
        line += 1
    elif kind != "WS":
        print(f"{line}:{m.start() - SRC.rfind(chr(10), 0, m.start()) - 1:<3} {kind:<8} {text!r}")
print(sorted(counts.items()))
highlight = TOKEN_RE.sub(lambda m: f"[{m.lastgroup[0]}:{m.group()}]" if m.lastgroup not in ("WS", "NEWLINE") else m.group(), SRC.splitlines()[0])
print(highlight)
print(keyword.kwlist[:5], len(keyword.kwlist) > 30, keyword.softkwlist)
