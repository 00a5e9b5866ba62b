# Any expression can be a decorator (PEP 614, 3.9).
registry = {"handlers": []}
buttons = [type("Button", (), {"clicked": type("Signal", (), {"connect": staticmethod(lambda f: registry["handlers"].append(f.__name__) or f)})()})()]


@buttons[0].clicked.connect
def on_click():
    return "clicked"


decorators = {"upper": lambda f: lambda *a: f(*a).upper(), "twice": lambda f: lambda *a: f(*a) * 2}


@decorators["upper"]
@decorators["twice"]
def greet(name):
    return f"hi {name} "


@(lambda f: f) if True else None
def identity():
    return "kept"


@(lambda n: lambda f: [f] * n)(3)
def tripled():
    pass


print(registry, on_click(), greet("bob"), identity(), len(tripled))
try:
    compile("@x := y\ndef f(): pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
compile("@(x := y)\ndef f(): pass", "<s>", "exec")
print("walrus in parentheses compiles")
