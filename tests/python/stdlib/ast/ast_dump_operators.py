# Every binary, unary, boolean and comparison operator.
import ast

for source in [
    "a + b - c * d / e // f % g ** h @ i",
    "a << b >> c | d ^ e & f",
    "-a, +b, ~c, not d",
    "a and b and c or d",
    "a < b <= c > d >= e == f != g",
    "a is b is not c in d not in e",
    "x if cond else y",
    "(y := f(x)) > 0",
]:
    print(ast.dump(ast.parse(source, mode='eval')))
