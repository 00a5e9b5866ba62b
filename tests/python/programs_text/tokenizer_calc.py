import re
TOKENS = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%^(),=])|(?P<bad>\S))")
def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKENS.match(src, pos)
        kind = m.lastgroup
        if kind == "bad":
            raise SyntaxError(f"unexpected character {m.group(kind)!r} at column {m.start(kind)}")
        yield kind, m.group(kind)
        pos = m.end()
class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src)) + [("end", "")]
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        kind, v = self.toks[self.i]
        if value is not None and v != value:
            raise SyntaxError(f"expected {value!r}, got {v or 'end of input'!r}")
        self.i += 1
        return kind, v
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        v = self.unary()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return v ** self.power()
        return v
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, v = self.take()
        if kind == "num":
            return float(v) if any(c in v for c in ".eE") else int(v)
        if kind == "name":
            if v not in self.env:
                raise NameError(f"name {v!r} is not defined")
            return self.env[v]
        if v == "(":
            r = self.expr()
            self.take(")")
            return r
        raise SyntaxError(f"unexpected {v or 'end of input'!r}")
env = {"pi": 3.141592653589793, "x": 10, "y": 3}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x / y", "x % y", "1e3 + 2.5", "pi * x ** 2", "((x))", "7 / 0", "3 +", "2 $ 3", "foo + 1", "(1 + 2", "1 2"]:
    try:
        p = Parser(src, env)
        r = p.expr()
        if p.peek()[0] != "end":
            raise SyntaxError(f"trailing input {p.peek()[1]!r}")
        print(f"{src:<14} = {r!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src:<14} ! {type(e).__name__}: {e}")
print(list(tokenize("a1+ 2.5e-3*(b_2)")))
