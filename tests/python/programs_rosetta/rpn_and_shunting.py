import operator as op
OPS = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "^": op.pow}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok))
        print(f"{tok:>3}  {stack}")
    return stack.pop()

print(rpn("3 4 2 * 1 5 - 2 3 ^ ^ / +"))
PREC = {"^": (4, "right"), "*": (3, "left"), "/": (3, "left"), "+": (2, "left"), "-": (2, "left")}

def to_rpn(infix):
    out, stack = [], []
    for tok in infix.split():
        if tok in PREC:
            p, assoc = PREC[tok]
            while stack and stack[-1] != "(" and (PREC[stack[-1]][0] > p or (PREC[stack[-1]][0] == p and assoc == "left")):
                out.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(tok)
    return " ".join(out + stack[::-1])

print(to_rpn("3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3"))
print(rpn(to_rpn("( 1 + 2 ) * ( 3 + 4 ) ^ 2")))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError:", e)
