# AoC 2020 day 18: evaluate with altered precedence, by re-writing operators onto a custom int
import re


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + o.v)

    def __sub__(self, o):  # '-' stands for '*' with the same precedence as '+'
        return N(self.v * o.v)

    def __mul__(self, o):  # '*' stands for '+' with higher precedence than '*'
        return N(self.v + o.v)

    def __and__(self, o):  # '&' stands for '*' with lowest precedence
        return N(self.v * o.v)

    def __repr__(self):
        return f"N({self.v})"


def wrap(expr):
    return re.sub(r"(\d+)", r"N(\1)", expr)


def left_to_right(expr):
    return eval(wrap(expr).replace("*", "-"), {"N": N}).v


def plus_first(expr):
    return eval(wrap(expr).replace("*", "&").replace("+", "*"), {"N": N}).v


EXPRS = ["1 + 2 * 3 + 4 * 5 + 6", "1 + (2 * 3) + (4 * (5 + 6))", "2 * 3 + (4 * 5)",
         "5 + (8 * 3 + 9 + 3 * 4 * 3)", "5 * 9 * (7 * 3 * 3 + 9 * 3 + (8 + 6 * 4))",
         "((2 + 4 * 9) * (6 + 9 * 8 + 6) + 6) + 2 + 4 * 2"]
for e in EXPRS:
    print(f"{e:<50} {left_to_right(e):>8} {plus_first(e):>8} {eval(e):>8}")
print(sum(map(left_to_right, EXPRS)), sum(map(plus_first, EXPRS)))
print(wrap("12 + 3"), eval(wrap("(1 + 2) & 3"), {"N": N}))


def tokenize(s):
    return re.findall(r"\d+|[-+*/()]", s)


def shunting_yard(tokens, prec):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(int(t))
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]


def rpn_eval(rpn):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(t)
        else:
            b, a = st.pop(), st.pop()
            st.append(a + b if t == "+" else a * b)
    return st[0]


rpn = shunting_yard(tokenize(EXPRS[1]), {"+": 2, "*": 1})
print(rpn, rpn_eval(rpn))
