import re
import shlex

def strip_comments(line, markers="#;"):
    for i, ch in enumerate(line):
        if ch in markers:
            return line[:i].strip()
    return line.strip()

for line in ["apples, pears # and bananas", "apples, pears ; and bananas", "  no comment  "]:
    print(repr(strip_comments(line)))

def tokenize(s, sep="|", esc="^"):
    out, cur, escaping = [], [], False
    for ch in s:
        if escaping:
            cur.append(ch); escaping = False
        elif ch == esc:
            escaping = True
        elif ch == sep:
            out.append("".join(cur)); cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out

print(tokenize("one^|uno||three^^^^|four^^^|^cuatro|"))
print("Hello,How,Are,You,Today".split(","), ".".join("Hello,How,Are,You,Today".split(",")))
print(shlex.split('cmd --name "John Smith" \'single q\' esc\\ aped'), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"), re.split(r"(\d)", "a1b2c"), re.findall(r"\w+", "Don't stop-me now"))
print(re.sub(r"/\*.*?\*/", "", "code /* comment */ more /* x\ny */ end", flags=re.S))
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=]))")
def lex(src):
    pos = 0
    while pos < len(src.rstrip()):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad char {src[pos]!r} at {pos}")
        yield m.lastgroup, m.group(m.lastgroup)
        pos = m.end()
print(list(lex("x = 3.5 ** (y1 + 42)")))
try:
    list(lex("a $ b"))
except SyntaxError as e:
    print("SyntaxError:", e)
