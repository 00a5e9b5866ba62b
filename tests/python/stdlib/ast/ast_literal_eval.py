# literal_eval: every accepted literal form.
import ast

for text in [
    "1", "-1", "+2.5", "3j", "1+2j", "1.5-2j", "-1-1j", "'s'", "b'b'", "True", "None", "...",
    "[1, [2, 3]]", "(1,)", "()", "{1: 'a', 'b': [2]}", "{1, 2}", "set()", "{}",
    "  \t 42", "(1, -2, {'k': (3.0, None)})", "'con' 'cat'",
]:
    value = ast.literal_eval(text)
    print(repr(text), '->', repr(value), type(value).__name__)
print(ast.literal_eval(ast.parse("[1, 2]", mode='eval')))
print(ast.literal_eval(ast.parse("{'x': 1}", mode='eval').body))
print(ast.literal_eval(ast.Constant(7)))
