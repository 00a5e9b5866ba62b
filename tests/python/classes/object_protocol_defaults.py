class X: pass
x = X()
print(x == x, x != x, bool(x))
print(type(x).__name__, x.__class__.__name__, X.__class__.__name__)
print(isinstance(X, type), issubclass(X, object), X.__bases__)
print(object.__name__, type.__name__, type.__bases__, object.__bases__)
print(type(object), type(type))
print(hasattr(x, "__dict__"), x.__dict__)
print(X.__mro__)
try:
    object().attr = 1
except AttributeError as e:
    print(e)
print(format(5, ""), str(X) == repr(X), repr(X))
