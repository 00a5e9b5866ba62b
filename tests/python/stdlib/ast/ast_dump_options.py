# dump options: annotate_fields, include_attributes, indent as int or string.
import ast

tree = ast.parse("x = f(1, y=2)\nif x:\n    pass\n")
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent='\t'))
print(ast.dump(tree, indent=0))
print(ast.dump(tree, annotate_fields=False, indent=2, include_attributes=True))
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.FunctionDef(name='f', body=[], decorator_list=[])))
print(ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False))
print(ast.dump([]) if False else 'list ok')
try:
    ast.dump([ast.Name('x')])
except TypeError as e:
    print('TypeError:', e)
