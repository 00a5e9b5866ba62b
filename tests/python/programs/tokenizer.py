KEYWORDS = {"let", "if", "else", "while", "print"}
class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line, col = line + 1, 1
            i += 1
            continue
        if c.isspace():
            i += 1
            col += 1
            continue
        start, scol = i, col
        if c.isdigit():
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            kind = "NUMBER"
        elif c.isalpha() or c == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            kind = "KEYWORD" if src[start:i] in KEYWORDS else "NAME"
        elif c == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                i += 1
            if i >= len(src):
                raise LexError(f"unterminated string at {line}:{scol}")
            i += 1
            kind = "STRING"
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            i += 2
            kind = "OP"
        elif c in "+-*/=<>(){};":
            i += 1
            kind = "OP"
        else:
            raise LexError(f"unexpected {c!r} at {line}:{col}")
        tokens.append(Token(kind, src[start:i], line, scol))
        col += i - start
    return tokens
program = '''let x = 10;
while (x >= 3.5) { x = x - 2; }
if (x != 0) print "done";'''
for tok in tokenize(program):
    print(tok)
kinds = {}
for t in tokenize(program):
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
for bad in ['let s = "oops', "let y = 5 @ 2;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
