PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}

def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            tokens.append(float(expr[i:j]) if "." in expr[i:j] else int(expr[i:j]))
            i = j
        elif ch in PREC or ch in "()":
            if ch == "-" and (not tokens or tokens[-1] in PREC or tokens[-1] == "("):
                tokens.append(0)
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens

def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise SyntaxError("unbalanced )")
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or PREC[ops[-1]] == PREC[t] and t not in RIGHT):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise SyntaxError("unbalanced (")
        out.append(op)
    return out

def evaluate(rpn):
    st = []
    for t in rpn:
        if isinstance(t, (int, float)):
            st.append(t)
            continue
        b, a = st.pop(), st.pop()
        st.append({"+": a + b, "-": a - b, "*": a * b, "%": a % b if b else None,
                   "/": a / b if b else None, "^": a ** b}[t] if t not in "/%" or b else None)
        if st[-1] is None:
            raise ZeroDivisionError("division by zero in expression")
    return st[0]

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "-3 + 5", "7 % 4 * (2 - -1)",
          "((2))", "1 / 0", "2 * (3 + 4", "3 $ 4", "2.5 * 4"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:<20} => {' '.join(map(str, rpn)):<22} = {evaluate(rpn)}")
    except (SyntaxError, ZeroDivisionError) as err:
        print(f"{e:<20} !! {type(err).__name__}: {err}")
