# parse(mode='func_type'): the signature of a PEP 484 type comment, '(argtypes) -> returns'.
import ast

for source in ['(int, str) -> List[int]', '() -> None', '(a) -> b', '((a, b)) -> c', '(Dict[str, int], x.y) -> z | None']:
    tree = ast.parse(source, mode='func_type')
    print(ast.dump(tree, include_attributes=True))
    print(ast.unparse(tree))
for bad in ['int -> str', '(int, str)']:
    try:
        ast.parse(bad, mode='func_type')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
