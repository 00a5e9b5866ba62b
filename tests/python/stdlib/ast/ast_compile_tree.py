# compile(): from trees built by hand or parsed, PyCF_ONLY_AST, and the errors for bad trees.
import ast

tree = ast.parse("result = [n * n for n in range(5)]\nprint(result)\n")
exec(compile(tree, '<tree>', 'exec'))
expression = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expression)
print(eval(compile(expression, '<expr>', 'eval')))
only = compile("x = 1", '<src>', 'exec', ast.PyCF_ONLY_AST)
print(type(only).__name__, ast.dump(only))
print(compile(only, '<src>', 'exec', ast.PyCF_ONLY_AST) is only)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
interactive = ast.parse("1 + 1", mode='single')
exec(compile(interactive, '<single>', 'single'))

def attempt(tree, mode='exec'):
    try:
        compile(tree, '<bad>', mode)
        print('compiled')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(ast.Module(body=[]))
attempt(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()))], type_ignores=[]))
attempt(ast.Module(body=5, type_ignores=[]))
attempt(ast.Module(body=[], type_ignores=[]), 'eval')
attempt(ast.Expression(ast.Constant(1)), 'exec')
attempt(5)
m = ast.Module(body=[ast.Expr(ast.Name('x'))], type_ignores=[])
ast.fix_missing_locations(m)
attempt(m)
attempt(ast.parse("x = 1"), 'bogus')
code = compile(ast.parse("def f():\n    return 'from a tree'\n"), '<f>', 'exec')
ns = {}
exec(code, ns)
print(ns['f']())
