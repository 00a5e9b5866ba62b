# ast: parse and dump with indent, literal_eval, NodeVisitor, NodeTransformer, unparse, increment_lineno, fix_missing_locations.
import ast
tree = ast.parse('x = 1 + 2 * y')
print(ast.dump(tree))
print(ast.dump(tree, indent=4))
print(ast.dump(ast.parse('f(a, *b, k=1, **kw)', mode='eval'), indent=2))
print(ast.dump(ast.parse('if a:\n    pass\nelse:\n    b = [i for i in c if i]'), include_attributes=False))
print(ast.literal_eval("{'a': [1, 2.5, -3j], 'b': (True, None, b'x'), 'c': {1, 2}}"), ast.literal_eval('-5'), ast.literal_eval('1+2j'))
for bad in ['__import__("os")', 'x', '1 + y', '[1, 2'][:3]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0])
class NameLister(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
v = NameLister()
v.visit(ast.parse('a = b + c(d)\nfor e in f: g = e'))
print(v.names)
class RewriteName(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Subscript(value=ast.Name(id='data', ctx=ast.Load()), slice=ast.Constant(value=node.id), ctx=node.ctx)
tree = ast.parse('total = price * qty')
new = ast.fix_missing_locations(RewriteName().visit(tree))
print(ast.unparse(new))
data = {'price': 3, 'qty': 4}
exec(compile(new, '<ast>', 'exec'))
print(data['total'])
print(ast.unparse(ast.parse('def f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    return (a + b) * c if d else -a')))
print(ast.unparse(ast.parse('x = {**a, "k": [*b]}; y = lambda: (yield)'if False else 'x = {**a, "k": [*b]}; del x[1:2]')))
print(ast.unparse(ast.parse("f'{a!r:>{w}} {b=}'")), ast.unparse(ast.parse('async def g():\n    async with x as y:\n        await z')))
node = ast.parse('a\nb').body[1]
print(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
ast.increment_lineno(node, 5)
print(node.lineno, ast.get_docstring(ast.parse('def f():\n    """Doc\n    string."""')), ast.get_source_segment('x = 1 + 2', ast.parse('x = 1 + 2').body[0].value))
print([type(n).__name__ for n in ast.walk(ast.parse('a + b'))], list(ast.iter_fields(ast.Constant(value=1)))[:1], ast.Constant(5).value)
try:
    ast.parse('x = = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno, e.offset)
print(isinstance(ast.parse('1').body[0].value, ast.Constant), ast.dump(ast.parse('match x:\n    case [1, *r] | {"k": _}: pass').body[0].cases[0].pattern))
