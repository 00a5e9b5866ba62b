# Parenthesized context managers (3.10), with trailing commas and `as` targets.
from contextlib import contextmanager


@contextmanager
def ctx(name, log):
    log.append(f"enter {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"exit {name}")


log = []
with (
    ctx("a", log) as a,
    ctx("b", log) as b,
    ctx("c", log),
):
    log.append(f"body {a}{b}")
print(log)

log = []
with (ctx("x", log) as x, ctx("y", log) as y):
    print(x, y)
print(log)

log = []
with (ctx("solo", log)):
    pass
print(log)

# a tuple target inside the parentheses
log = []
with (ctx("t", log) as (first,)):
    print(first)

log = []
try:
    with (ctx("outer", log), ctx("inner", log)):
        raise KeyError("boom")
except KeyError as e:
    log.append(f"caught {e}")
print(log)
