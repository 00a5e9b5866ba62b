# The notebook pattern: run a cell's statements, then evaluate its last expression separately.
import ast

def run_cell(source, namespace):
    tree = ast.parse(source, filename='<cell>')
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, '<cell>', 'exec'), namespace)
    if last is not None:
        return eval(compile(last, '<cell>', 'eval'), namespace)

ns = {}
print(run_cell("x = 6\ny = 7\nx * y", ns))
print(run_cell("def square(n):\n    return n * n\nsquare(ns_value)", dict(ns_value=9)))
print(run_cell("import math\n[math.sqrt(v) for v in (1, 4, 9)]", {}))
print(run_cell("z = 1", ns), ns['z'])
print(run_cell("for i in range(3):\n    pass\ni", {}))
try:
    run_cell("1 / 0", {})
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)

class Counter(ast.NodeTransformer):
    """Wraps every top-level expression statement in print(...)."""
    def visit_Module(self, node):
        node.body = [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [s.value], []))
                     if isinstance(s, ast.Expr) else s for s in node.body]
        return node

tree = Counter().visit(ast.parse("1 + 1\nname = 'x'\nname * 3\n"))
exec(compile(ast.fix_missing_locations(tree), '<printed>', 'exec'), {})
