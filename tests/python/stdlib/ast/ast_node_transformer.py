# NodeTransformer: replace, remove and splice nodes, then compile and run the new tree.
import ast

class Rewriter(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'old':
            return ast.copy_location(ast.Name('new', node.ctx), node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and node.value.value == 'drop me':
            return None
        if isinstance(node.value, ast.Constant) and node.value.value == 'twice':
            first = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('one')], []))
            second = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('two')], []))
            return [first, second]
        return self.generic_visit(node)

source = "new = 3\nold = 2\n'drop me'\nprint(old + 4)\n'twice'\n"
tree = Rewriter().visit(ast.parse(source))
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
exec(compile(tree, '<rewritten>', 'exec'))

class StripReturnAnnotations(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        node.returns = None
        self.generic_visit(node)
        return node

tree = StripReturnAnnotations().visit(ast.parse("def f(x) -> int:\n    return x\n"))
print(ast.dump(tree.body[0]))

class DropOptional(ast.NodeTransformer):
    def visit_arg(self, node):
        return node
    def visit_Constant(self, node):
        return None

tree = DropOptional().visit(ast.parse("return_value = f(1)", mode='exec'))
print(ast.dump(tree))
