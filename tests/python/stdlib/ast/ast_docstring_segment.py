# get_docstring (cleaned or raw) and get_source_segment (plain and padded).
import ast

source = '''"""Module docstring."""

class Widget:
    """A widget.

        Indented detail.
    """

    def size(self):
        return 42

def plain():
    pass

async def coroutine():
    "one line"
'''
tree = ast.parse(source)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(repr(ast.get_docstring(tree.body[1].body[1])))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[3])))
try:
    ast.get_docstring(tree.body[1].body[1].body[0])
except TypeError as e:
    print('TypeError:', e)

print(repr(ast.get_source_segment(source, tree.body[1].body[1])))
print(repr(ast.get_source_segment(source, tree.body[1].body[1], padded=True)))
print(repr(ast.get_source_segment(source, tree.body[1].body[1].body[0].value)))
text = "s = 'ünï' + cöde(1,\n    2)\n"
t = ast.parse(text)
print(repr(ast.get_source_segment(text, t.body[0].value)))
print(repr(ast.get_source_segment(text, t.body[0].value.right)))
print(ast.get_source_segment(text, ast.Name('x')))
