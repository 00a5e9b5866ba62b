# Line and column positions; columns count UTF-8 bytes as CPython does.
import ast

source = "x = 'héllo'  # ü\ny = f(\n    a,\n    b)\nname = 'こんにちは'; other = name\n"
tree = ast.parse(source)
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.dump(tree.body[0], include_attributes=True))
