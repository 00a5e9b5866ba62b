# The node classes from before 3.8 (Num, Str, Bytes, NameConstant, Ellipsis, Index, ExtSlice):
# they make Constant and Tuple nodes, and isinstance() looks at the value.
import ast
import warnings

print(type(ast.Num(5)).__name__, ast.Num._fields, ast.Str._fields, ast.NameConstant._fields, ast.Ellipsis._fields)
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
print(isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(b's'), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis))
print(isinstance(ast.Constant(2.5), ast.Num), isinstance(ast.Name('x'), ast.Num), isinstance(ast.Constant(None), ast.Str))
print(ast.Constant(5).n, ast.Constant('x').s)
print(ast.dump(ast.Num(n=3)), ast.dump(ast.Str('a', kind='u')), ast.dump(ast.Ellipsis()), ast.dump(ast.Bytes(s=b'q')))
print(ast.Num.__doc__, [c.__name__ for c in ast.Num.__mro__])
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('x')])))
print([c.__name__ for c in ast.Suite.__mro__], [c.__name__ for c in ast.Param.__mro__])
c = ast.Constant(1)
c.n = 5
print(c.value)

class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('num', node.value)
    def visit_Str(self, node):
        print('str', node.value)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Old().visit(ast.parse("f(1, 'two', 3.0, None)"))
print([str(w.message) for w in caught])
