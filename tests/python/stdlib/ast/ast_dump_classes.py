# Class definitions: bases, keywords, decorators, bodies.
import ast

sources = [
    "class A: pass",
    "class B(A, metaclass=Meta, **extra):\n    x: int = 0\n    def m(self): return self.x",
    "@dataclass(frozen=True)\nclass P:\n    '''A point.'''\n    x: float\n    y: float",
    "class C(Generic[T], *bases): pass",
]
for source in sources:
    print(ast.dump(ast.parse(source)))
