import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper

@deco
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__annotations__, add.__wrapped__(2, 3))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def other():
    pass
other.extra = 42
def w():
    pass
functools.update_wrapper(w, other)
print(w.__name__, w.extra, w.__wrapped__ is other)
