# walk (breadth first), iter_fields, iter_child_nodes.
import ast

tree = ast.parse("def f(a, b=2):\n    return a + b * 3\n")
print([type(n).__name__ for n in ast.walk(tree)])
func = tree.body[0]
for name, value in ast.iter_fields(func):
    print(name, type(value).__name__)
print([type(n).__name__ for n in ast.iter_child_nodes(func)])
print([type(n).__name__ for n in ast.iter_child_nodes(func.args)])
partial = ast.Name(id='x')
print(list(ast.iter_fields(partial)))
print(list(ast.iter_child_nodes(ast.Load())))
print(sum(isinstance(n, ast.Name) for n in ast.walk(ast.parse("a = b + c(d, e)"))))
