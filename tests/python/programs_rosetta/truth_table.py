import re
from itertools import product

def truth_table(expr):
    names = sorted(set(re.findall(r"\b[A-Z]\w*\b", expr)) - {"True", "False"})
    code = compile(expr, "<expr>", "eval")
    print(" ".join(names), ":", expr)
    for values in product((False, True), repeat=len(names)):
        env = dict(zip(names, values))
        print(" ".join(str(int(v)).center(len(n)) for n, v in zip(names, values)), ":", int(eval(code, {}, env)))
    print()

truth_table("A ^ B")
truth_table("(A and B) or not C")
truth_table("Rain and not Umbrella")
try:
    truth_table("A and (B")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
