# fix_missing_locations, copy_location, increment_lineno.
import ast

tree = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name('print', ast.Load()),
                                                 args=[ast.Constant('built by hand')], keywords=[]))],
                  type_ignores=[])
ast.fix_missing_locations(tree)
print(ast.dump(tree, include_attributes=True))
exec(compile(tree, '<hand>', 'exec'))

original = ast.parse("x + 1", mode='eval').body
replacement = ast.copy_location(ast.Name('y', ast.Load()), original)
print(replacement.lineno, replacement.col_offset, replacement.end_lineno, replacement.end_col_offset)
print(ast.copy_location(ast.Load(), original).__dict__)

tree = ast.parse("a = 1\nif a:\n    b = 2\n")
ast.increment_lineno(tree, 10)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in ast.walk(tree) if hasattr(n, 'lineno')])

nested = ast.parse("if x:\n    pass\n").body[0]
new_stmt = ast.Pass()
nested.body.append(new_stmt)
ast.fix_missing_locations(nested)
print(new_stmt.lineno, new_stmt.col_offset, new_stmt.end_lineno, new_stmt.end_col_offset)
