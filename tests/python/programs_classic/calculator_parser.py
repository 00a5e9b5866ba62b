import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()^]))")
PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "**": (3, "R"), "^": (3, "R")}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod,
       "**": operator.pow, "^": operator.pow}


class ParseError(Exception):
    pass


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {text[pos:].strip()[0]!r} at {pos}")
        num, op = m.groups()
        out.append(float(num) if num and "." in num else int(num) if num else op)
        pos = m.end()
    return out


def to_rpn(tokens):
    out, stack = [], []
    prev = None
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ParseError("unbalanced ')'")
            stack.pop()
        else:
            if t == "-" and (prev is None or prev in PREC or prev == "("):
                out.append(0)
            p, assoc = PREC[t]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        prev = t
    while stack:
        t = stack.pop()
        if t == "(":
            raise ParseError("unbalanced '('")
        out.append(t)
    return out


def evaluate(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            if len(st) < 2:
                raise ParseError("missing operand")
            b, a = st.pop(), st.pop()
            st.append(OPS[t](a, b))
        else:
            st.append(t)
    if len(st) != 1:
        raise ParseError("too many operands")
    return st[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "2 ^ 10", "10 / 4", "10 % 4 + 7", "-3 + 5", "2 * (-3)",
             "3.5 * 2", "((2))", "1 / 0", "4 +", "(1 + 2", "1 + 2)", "2 $ 3", "100 - 5 - 5", "2 * 3 + 4 * 5 - 6 / 2"]:
    try:
        rpn = to_rpn(tokenize(expr))
        value = evaluate(rpn)
        print(f"{expr:<24} rpn={' '.join(map(str, rpn)):<26} = {value!r}")
    except ParseError as e:
        print(f"{expr:<24} parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{expr:<24} math error: {e}")
print(eval("2 * (3 + 4) ** 2"), eval("10 // 3 + 10 % 3"), eval("[x * 2 for x in range(3)]"))
evaluate(to_rpn(tokenize("1 1")))
