class ParseError(Exception):
    pass
class Parser:
    def __init__(self, text):
        self.tokens = self.lex(text)
        self.pos = 0
    @staticmethod
    def lex(text):
        tokens, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
                i = j
            elif c in "+-*/%^()":
                tokens.append(c)
                i += 1
            else:
                raise ParseError(f"bad character {c!r}")
        return tokens
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def parse(self):
        value = self.expr()
        if self.peek() is not None:
            raise ParseError(f"unexpected {self.peek()!r}")
        return value
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "+":
            self.take()
            return self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ParseError("expected ')'")
            return value
        if isinstance(tok, (int, float)):
            return tok
        raise ParseError(f"unexpected {tok!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5",
            "((7))", "2 * (3 + 4) * 5 - 1", "1 +", "3 $ 4", "(1 + 2", "1 / 0", "2 ^ 100"]:
    try:
        print(f"{src} = {Parser(src).parse()}")
    except ParseError as e:
        print(f"{src}: parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{src}: {e}")
