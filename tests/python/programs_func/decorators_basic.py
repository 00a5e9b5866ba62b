import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper()
    return wrapper

def exclaim(times=1):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs) + "!" * times
        return wrapper
    return deco

@shout
def greet(name):
    """Return a greeting."""
    return f"hello, {name}"

@exclaim(times=3)
@shout
def farewell(name, punct="."):
    "Say goodbye."
    return f"bye {name}{punct}"

print(greet("ada"))
print(greet.__name__, greet.__doc__, greet.__qualname__)
print(farewell("bob"))
print(farewell("carol", punct="?"))
print(farewell.__name__, farewell.__doc__)
print(farewell.__wrapped__.__name__)
print(farewell.__wrapped__.__wrapped__("dan"))
print(sorted(k for k in vars(greet) if not k.startswith("__dict")))

def no_wraps(func):
    def inner(*a):
        return func(*a)
    return inner

@no_wraps
def plain(x):
    "doc of plain"
    return x * 2

print(plain(21), plain.__name__, plain.__doc__)
print(plain.__qualname__)

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def add(a, b):
    return a + b

for i in range(5):
    add(i, i)
print("calls:", add.calls)

def annotated(x: int, y: "str" = "a") -> list:
    return [x, y]

w = functools.wraps(annotated)(lambda *a: a)
print(w.__name__, w.__annotations__)
print(w.__wrapped__ is annotated)

class Tracer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.log = []

    def __call__(self, *args):
        self.log.append(args)
        return self.func(*args)

@Tracer
def mul(a, b):
    "multiply"
    return a * b

print(mul(3, 4), mul(5, 6))
print(mul.log, mul.__name__, mul.__doc__)
print(type(mul).__name__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
