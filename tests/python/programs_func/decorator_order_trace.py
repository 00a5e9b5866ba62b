trace = []

def tag(label):
    trace.append(f"factory {label}")
    def decorator(fn):
        trace.append(f"decorate {label} around {fn.__name__}")
        def wrapper(*args):
            trace.append(f"enter {label}")
            result = fn(*args)
            trace.append(f"exit {label}")
            return f"{label}({result})"
        wrapper.__name__ = f"{label}_{fn.__name__}"
        return wrapper
    return decorator

@tag("outer")
@tag("middle")
@tag("inner")
def core(x):
    trace.append("core runs")
    return x

print("\n".join(trace))
trace.clear()
print(core(5), core.__name__)
print("\n".join(trace))

def class_deco(cls):
    print(f"class_deco sees {cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}")
    cls.decorated = True
    return cls

def method_deco(fn):
    print(f"method_deco sees {fn.__qualname__}")
    return fn

print("defining class")
@class_deco
class Service:
    print("class body starts")
    @method_deco
    def start(self):
        return "started"
    print("class body middle")
    @staticmethod
    @method_deco
    def helper():
        return "helped"
    print("class body ends")

print(Service.decorated, Service().start(), Service.helper())

def arg_eval(label):
    print(f"evaluating decorator expression {label}")
    return lambda f: f

@arg_eval("first")
@arg_eval("second")
def f():
    pass

decorators = [lambda fn: (lambda: "A" + fn()), lambda fn: (lambda: "B" + fn())]

@decorators[0]
@decorators[1]
def letters():
    return "!"
print(letters())

registry = []
@registry.append
def registered():
    pass
print(registry[0].__name__, registered)

@(lambda fn: fn.__name__.upper())
def shout():
    pass
print(shout)

def not_callable_result(fn):
    return 42
@not_callable_result
def becomes_int():
    pass
print(becomes_int, type(becomes_int).__name__)
becomes_int()
