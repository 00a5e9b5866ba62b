# unparse then parse again gives the same tree, for a program touching most of the grammar.
import ast

source = '''
import functools
from collections import namedtuple as nt

T = nt("T", "a b")

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Shape:
    sides: int = 0

    def __init__(self, *sides, name=None, **extra):
        self.sides = len(sides)
        self.name = name or f"shape with {len(sides)!r} sides"

    def describe(self):
        match self.sides:
            case 0:
                return "point"
            case 3 | 4 as n:
                return {3: "triangle", 4: "quad"}[n]
            case _:
                return [s for s in range(self.sides) if s % 2]

def gen(items):
    for i, item in enumerate(items):
        if not item:
            continue
        yield i, item
    else:
        yield from ()

total = sum(x ** 2 for x in range(10) if x & 1)
values = {k: v for k, v in zip("abc", range(3))}
lam = lambda x, /, y=1, *a, z, **kw: (x, y, a, z, kw)
try:
    result = 1 / 0
except ZeroDivisionError as error:
    result = None
finally:
    done = True
'''
tree = ast.parse(source)
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))
namespace = {}
exec(compile(ast.parse(text), '<roundtrip>', 'exec'), namespace)
print(namespace['fib'](20), namespace['Shape'](1, 2, 3).describe(), list(namespace['gen']([0, 'a'])))
