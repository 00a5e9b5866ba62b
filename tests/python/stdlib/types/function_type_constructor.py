import types

x = 5

def f(a, b=2, *, c=3):
    "doc"
    return a + b + c + x

g = types.FunctionType(f.__code__, {"x": 100, "__builtins__": __builtins__}, f.__name__, f.__defaults__)
g.__kwdefaults__ = f.__kwdefaults__
print(g(1), f(1), g.__name__, g.__qualname__, g.__doc__, g.__defaults__)

def outer():
    y = 7
    def inner():
        return y + x
    return inner

i = outer()
j = types.FunctionType(i.__code__, {"x": 1}, i.__name__, i.__defaults__, i.__closure__)
print(j(), i(), j.__module__)
k = types.FunctionType(f.__code__, {"__name__": "elsewhere", "x": 0}, "renamed", (9,))
print(k.__name__, k.__qualname__, k.__module__, k(1, c=0), k.__defaults__)
print(types.FunctionType(f.__code__, {}, None, None, None)(1, 1, c=1) if False else "skip")
try:
    types.FunctionType(f.__code__, {})(1, 2, c=3)
except NameError as e:
    print(type(e).__name__, e)

def t(*a):
    try:
        print(types.FunctionType(*a))
    except Exception as e:
        print(type(e).__name__, e)

t(1, {})
t(f.__code__, 1)
t(f.__code__, {}, 5)
t(f.__code__, {}, "n", [1])
t(f.__code__, {}, "n", None, (1,))
t(i.__code__, {})
t(i.__code__, {}, None, None, (1,))
t(i.__code__, {}, None, None, ())
t(i.__code__, {}, None, None, [])
t(f.__code__)
