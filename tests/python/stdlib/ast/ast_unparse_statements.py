# unparse of every statement kind, with CPython's blank lines and indentation.
import ast

source = '''
"""Docstring."""
import os, sys as system
from ..pkg import (a, b as c)
x = y = 1
x += 2
z: int = 3
(w): str
del x, y
@decorator
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """Function doc."""
    global g
    if a:
        return a
    elif b:
        pass
    else:
        raise ValueError('x') from None
    for i in range(3):
        continue
    else:
        pass
    while True:
        break
    with open(p) as fh, lock:
        pass
    try:
        pass
    except E as err:
        pass
    except:
        pass
    else:
        pass
    finally:
        pass
    assert a, 'message'
    return
class K(Base, metaclass=M):
    attr = 1
    def method(self):
        nonlocal_value = 1
async def co():
    async with s as t:
        await t
    async for q in s:
        pass
match value:
    case [1, 2, *rest]:
        pass
    case {"key": v, **kw} if v:
        pass
    case Point(x=0) | Point(y=0):
        pass
    case _:
        pass
try:
    pass
except* OSError:
    pass
'''
print(ast.unparse(ast.parse(source)))
