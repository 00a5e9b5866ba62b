def f(a, b=1, *args, c, d=2, **kw):
    """Docstring here."""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
print(f.__module__)
f.custom = "attr"
print(f.custom, "custom" in f.__dict__)
class C:
    def method(self): pass
    class Inner:
        def deep(self): pass
print(C.method.__qualname__, C.Inner.deep.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__)
print(callable(f), type(f).__name__)
