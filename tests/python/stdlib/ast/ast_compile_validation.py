# compile() checks a tree before compiling it: field types, contexts, empty bodies, list
# lengths, positions; messages as CPython's (node reprs cut: they hold addresses).
import ast

def attempt(label, tree, mode='exec'):
    ast.fix_missing_locations(tree)
    try:
        code = compile(tree, '<t>', mode)
        print(label, 'compiled', eval(code) if mode == 'eval' else '')
    except (TypeError, ValueError, SyntaxError) as e:
        print(label, type(e).__name__, str(e).split(' object at ')[0])

def module(*statements):
    return ast.Module(list(statements), [])

attempt('store in load', ast.Expression(ast.Name('x', ast.Store())), 'eval')
attempt('load target', module(ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))))
attempt('const target', module(ast.Assign([ast.Constant(1)], ast.Constant(1))))
attempt('del target', module(ast.Delete([ast.Name('x', ast.Load())])))
attempt('del call', module(ast.Delete([ast.Call(ast.Name('x', ast.Load()), [], [])])))
attempt('del in load', module(ast.Expr(ast.Name('x', ast.Del()))))
attempt('tuple elts', module(ast.Assign([ast.Tuple([ast.Name('x', ast.Load())], ast.Store())], ast.Constant(1))))
attempt('args None', module(ast.FunctionDef('f', None, [ast.Pass()], [])))
attempt('empty body', module(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [])))
attempt('empty if', module(ast.If(ast.Constant(1), [], [])))
attempt('bare try', module(ast.Try([ast.Pass()], [], [], [])))
attempt('no targets', module(ast.Assign([], ast.Constant(1))))
attempt('name int', ast.Expression(ast.Name(5, ast.Load())), 'eval')
attempt('name None', ast.Expression(ast.Name('None', ast.Load())), 'eval')
attempt('id None', ast.Expression(ast.Name(None, ast.Load())), 'eval')
attempt('const list', ast.Expression(ast.Constant([1])), 'eval')
attempt('const tuple', ast.Expression(ast.Constant((1, (2, 'x')))), 'eval')
attempt('stmt in expr', ast.Expression(ast.Pass()), 'eval')
attempt('expr in body', module(ast.Name('x', ast.Load())))
attempt('bad op', ast.Expression(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2))), 'eval')
attempt('dict mismatch', ast.Expression(ast.Dict([ast.Constant(1)], [])), 'eval')
attempt('compare empty', ast.Expression(ast.Compare(ast.Constant(1), [ast.Lt()], [])), 'eval')
attempt('compare mismatch', ast.Expression(ast.Compare(ast.Constant(1), [ast.Lt(), ast.Gt()], [ast.Constant(2)])), 'eval')
attempt('short boolop', ast.Expression(ast.BoolOp(ast.And(), [ast.Constant(1)])), 'eval')
attempt('return outside', module(ast.Return(ast.Constant(1))))
attempt('level None', module(ast.ImportFrom('os', [ast.alias('path')], None)))
for positions in [(-5, 0, 1, 0), (2, 0, 1, 0), (1, 5, 1, 2), (1, -1, 1, 3), (3, 0, 3, 0)]:
    l, c, el, ec = positions
    statement = ast.Expr(ast.Constant(1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1),
                         lineno=l, col_offset=c, end_lineno=el, end_col_offset=ec)
    attempt(f'positions {positions}', module(statement))
