# unparse of string and bytes constants, docstrings and f-strings: the quote it picks.
import ast

for source in [
    "x = 'plain'", "x = \"it's\"", "x = 'say \"hi\"'", "x = 'both \\' and \"'", "x = 'tab\\there'",
    "x = 'new\\nline'", "x = u'legacy'", "x = b'\\x00\\xff'", "x = '\\u00e9\\U0001f600'",
    "f'{a!r} and {b:>{width}}'", "f'{x}' \"'\"", "f'{\"inner\"}'", "f'{{braces}} {x}'",
    "f'line\\n{x}'", "f'{x=}'", "f'{3.5:.2f}'", "f'{ {1: 2}[1] }'",
    "'''doc with \"\"\" inside'''", "'docstring'", "'''ends with quote\"'''",
]:
    print(f'{source!r:40} {ast.unparse(ast.parse(source))!r}')
