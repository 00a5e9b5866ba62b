# The node classes: hierarchy, _fields, _attributes, constructors and their errors.
import ast
import copy


print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.arguments._fields, ast.comprehension._fields, ast.keyword._attributes)
print(ast.Module._fields, ast.Constant._fields, ast.Load._fields)
print(issubclass(ast.Name, ast.expr), issubclass(ast.If, ast.stmt), issubclass(ast.Add, ast.operator))
print(issubclass(ast.MatchAs, ast.pattern), issubclass(ast.ExceptHandler, ast.excepthandler))
print(ast.Name.__module__, ast.AST.__name__, ast.Name.__name__)
print(ast.Name.__doc__)
print(ast.arguments.__doc__)
print(ast.FunctionDef.returns, ast.Constant.kind, ast.expr.end_lineno)
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno)
try:
    n.col_offset
except AttributeError as e:
    print('AttributeError')
try:
    ast.Name('a', ast.Load(), 'extra')
except TypeError as e:
    print('TypeError:', e)
try:
    ast.Name('a', id='b')
except TypeError as e:
    print('TypeError:', e)
print(ast.dump(copy.deepcopy(ast.parse("x = [1, 2]"))))
shallow = copy.copy(ast.parse("f(y)"))
print(ast.dump(shallow), type(shallow).__name__)
custom = ast.Constant(value=5, anything='allowed')
print(custom.anything)
match ast.parse("a + 1", mode='eval').body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print('matched', id, value)
print(isinstance(ast.parse("x").body[0].value.ctx, ast.Load))
print([c.__name__ for c in ast.operator.__subclasses__()])
