# A reverse-Polish calculator: stack underflow, unknown tokens and arithmetic errors per line.
import math
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "^": operator.pow}
FUNCS = {"sqrt": math.sqrt, "ln": math.log, "fact": math.factorial, "neg": operator.neg}

class CalcError(Exception):
    pass

def evaluate(line):
    stack = []
    for tok in line.split():
        if tok in OPS:
            try:
                b, a = stack.pop(), stack.pop()
            except IndexError:
                raise CalcError(f"not enough operands for {tok!r}") from None
            stack.append(OPS[tok](a, b))
        elif tok in FUNCS:
            if not stack:
                raise CalcError(f"{tok} needs an argument")
            stack.append(FUNCS[tok](stack.pop()))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"unknown token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"expected one result, stack is {stack}")
    return stack[0]

LINES = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "1 0 /", "7 0 %", "7.5 0 //", "2 -1 ^", "0 -1 ^",
         "-8 sqrt", "0 ln", "5 fact", "-5 fact", "2.5 fact", "10 400 ^ 1.0 *", "1e308 10 *", "+", "1 2",
         "1 2 x", "sqrt", "4 neg sqrt", "2 0.5 ^", "-8 0.5 ^", "9 fact fact fact", "1e400 1e400 -"]
for line in LINES:
    try:
        r = evaluate(line)
        print(f"{line:22} = {r if not isinstance(r, int) or r < 10**20 else str(r)[:10] + '...'}")
    except CalcError as e:
        print(f"{line:22} ! CalcError: {e}")
    except (ArithmeticError, ValueError, TypeError) as e:
        print(f"{line:22} ! {type(e).__name__}: {e}")
print(evaluate("2 2 +") * 2)
evaluate("1 +")
