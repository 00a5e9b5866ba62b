def trace(func):
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {func.__name__}({arg_text})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b

@trace
def greet(name, punct="!"):
    return "hi " + name + punct

add(2, 3)
add(1, b=9)
greet("sam", punct="?")
print(add.__name__, add.__doc__)
