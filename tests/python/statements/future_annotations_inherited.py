"""Future features reach code that exec(), eval() and compile() make, unless dont_inherit says no."""
from __future__ import annotations
import __future__

FLAG = __future__.annotations.compiler_flag
print(hex(FLAG))

ns = {}
exec("def f(x: int) -> str: pass", ns)
print("exec inherits:", ns["f"].__annotations__)

exec(compile("def g(y: list[int]): pass", "<s>", "exec"), ns)
print("compile inherits:", ns["g"].__annotations__)

exec(compile("def h(z: int): pass", "<s>", "exec", dont_inherit=True), ns)
print("dont_inherit:", ns["h"].__annotations__)


def outer():
    # A function's code carries the flag too, so exec() inside it inherits it.
    local = {}
    exec("def k(a: dict[str, int] = None): pass", local)
    return local["k"].__annotations__


print("from a function:", outer())
print("flag in co_flags:", bool(outer.__code__.co_flags & FLAG))
print("eval of a lambda body:", eval("(lambda: 1)").__code__.co_flags & FLAG == FLAG)
