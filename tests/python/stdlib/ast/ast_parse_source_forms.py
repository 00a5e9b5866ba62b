# parse of bytes (coding cookie, BOM), of \r\n and \r line ends, tabs and form feeds; null bytes.
import ast

for source in [b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b'\xef\xbb\xbfx = 1\n', b"y = 'caf\xc3\xa9'\n",
               "x = 1\r\ny = 2\r\n", "x = 1\ry = 2\r", "if x:\n\tpass\n", "\fx = 1\n", "a\\\n+b",
               ]:
    print(repr(source), ast.dump(ast.parse(source), include_attributes=True))
for bad in ["x = 1\0", b"# coding: nope\nx = 1\n"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(repr(bad), 'SyntaxError:', e.msg)
