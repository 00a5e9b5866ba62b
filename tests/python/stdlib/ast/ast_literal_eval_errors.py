# literal_eval: what it refuses, and its messages (the node repr is cut off: it holds an address).
import ast

for text in [
    "x", "1 + x", "f()", "[1, y]", "2 * 3", "1 + 2", "-'s'", "{1: x}", "a.b", "not True",
    "(1).real", "lambda: 0", "set([1])", "[i for i in range(3)]", "1 +", "import os",
]:
    try:
        print(repr(text), ast.literal_eval(text))
    except (ValueError, TypeError, SyntaxError) as e:
        message = str(e).split(': <')[0]
        print(repr(text), type(e).__name__, message)
bad = ast.Dict(keys=[ast.Constant(1)], values=[])
try:
    ast.literal_eval(bad)
except ValueError as e:
    print(str(e).split(': <')[0])
