"""compile()'s flags argument turns a future feature on for the code it compiles only."""
import __future__

FLAG = __future__.annotations.compiler_flag
ns = {}
exec(compile("def f(x: int, *, y: 'q' = 2) -> None: pass", "<s>", "exec", flags=FLAG), ns)
print(ns["f"].__annotations__)
exec(compile("def g(x: int): pass", "<s>", "exec"), ns)
print(ns["g"].__annotations__)
print(bool(ns["f"].__code__.co_flags & FLAG), bool(ns["g"].__code__.co_flags & FLAG))


class C:
    exec(compile("attr: list[int]", "<s>", "exec", flags=FLAG))


print(C.__annotations__)
