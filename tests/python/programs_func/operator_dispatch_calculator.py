import operator
from functools import reduce

OPS = {
    "+": (operator.add, 1, "left"),
    "-": (operator.sub, 1, "left"),
    "*": (operator.mul, 2, "left"),
    "/": (operator.truediv, 2, "left"),
    "//": (operator.floordiv, 2, "left"),
    "%": (operator.mod, 2, "left"),
    "**": (operator.pow, 3, "right"),
}

def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            text = expr[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif expr[i:i + 2] in OPS:
            tokens.append(expr[i:i + 2])
            i += 2
        elif ch in OPS or ch in "()":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens

def to_rpn(tokens):
    out, stack = [], []
    for tok in tokens:
        if isinstance(tok, (int, float)):
            out.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            _, prec, assoc = OPS[tok]
            while stack and stack[-1] != "(":
                top_prec = OPS[stack[-1]][1]
                if top_prec > prec or (top_prec == prec and assoc == "left"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(tok)
    while stack:
        if stack[-1] == "(":
            raise SyntaxError("unbalanced '('")
        out.append(stack.pop())
    return out

def eval_rpn(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, (int, float)):
            stack.append(tok)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok][0](a, b))
    return stack[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "7 // 2 + 7 % 3", "10 / 4 - 0.5", "2 * (3 + 4) ** 2", "1 / 0", "5 % 0", "2 ** -1", "(1 + 2", "3 $ 4", "1 + 2)"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:<18} rpn={' '.join(map(str, rpn)):<22} = {eval_rpn(rpn)!r}")
    except (ZeroDivisionError, SyntaxError) as e:
        print(f"{expr:<18} {type(e).__name__}: {e}")

print(reduce(operator.mul, range(1, 11)), reduce(operator.or_, [1, 2, 4, 8]), reduce(operator.xor, [5, 3, 5]))
print(sorted(OPS, key=lambda k: (OPS[k][1], k)))
print(list(map(operator.methodcaller("upper"), ["a", "b"])), list(map(operator.neg, [1, -2])))
print(operator.truediv(1, 3), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 0.5))
