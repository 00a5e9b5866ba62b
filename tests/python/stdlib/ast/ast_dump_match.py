# match statements: every pattern kind.
import ast

source = """
match command:
    case 0 | 1 | 2:
        pass
    case None | True | False:
        pass
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case (first, second):
        pass
    case {'action': action, 'obj': obj, **others}:
        pass
    case {}:
        pass
    case Point(0, y=0):
        pass
    case Point(x, y) if x == y:
        pass
    case Color.RED:
        pass
    case -1 | 1.5 | 2j | -3+4j | 'text' | b'raw':
        pass
    case str() as s:
        pass
    case ((a | b) as c):
        pass
    case _:
        pass
"""
print(ast.dump(ast.parse(source), indent=2))
