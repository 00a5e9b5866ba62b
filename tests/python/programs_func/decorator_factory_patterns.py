import functools

def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco

state = {"n": 0}

@retry(times=4, exceptions=(ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "success"

print(flaky())

@retry(times=2)
def always_fails():
    raise OSError(5, "I/O problem")

try:
    always_fails()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def optional_args(fn=None, *, label="LOG"):
    if fn is None:
        return functools.partial(optional_args, label=label)
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f"[{label}] {fn.__name__}{a}")
        return fn(*a, **k)
    return wrapper

@optional_args
def one(x):
    return x

@optional_args(label="DBG")
def two(x, y):
    return x + y

print(one(1), two(2, 3))

def validate(**types):
    def deco(fn):
        code = fn.__code__
        names = code.co_varnames[:code.co_argcount]
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = dict(zip(names, args), **kwargs)
            for name, t in types.items():
                if name in bound and not isinstance(bound[name], t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(bound[name]).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

@validate(x=int, s=str)
def repeat(s, x):
    return s * x

print(repeat("ab", 3))
for args in [("ab", "3"), (3, 3)]:
    try:
        repeat(*args)
    except TypeError as e:
        print(type(e).__name__, e)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)

class Greeter:
    def __init__(self, name):
        self.name = name
    @CountCalls
    def hello(self, punct="!"):
        return f"hello {self.name}{punct}"

g = Greeter("kim")
print(g.hello(), g.hello("?"), Greeter.hello.calls, Greeter.hello.__name__)

def memo_method(fn):
    attr = "_memo_" + fn.__name__
    @functools.wraps(fn)
    def wrapper(self):
        if not hasattr(self, attr):
            setattr(self, attr, fn(self))
        return getattr(self, attr)
    return wrapper

class Expensive:
    @memo_method
    def value(self):
        print("computing value")
        return 42

ex = Expensive()
print(ex.value(), ex.value(), sorted(vars(ex)))

def stacked_a(fn):
    def w():
        return "a(" + fn() + ")"
    return w
def stacked_b(fn):
    def w():
        return "b(" + fn() + ")"
    return w

@stacked_a
@stacked_b
def base():
    return "base"
print(base())
print((stacked_b(stacked_a(lambda: "x")))())

def timer_stub(fn):
    @functools.wraps(fn)
    def w(*a):
        w.elapsed.append(len(a))
        return fn(*a)
    w.elapsed = []
    return w

@timer_stub
def sumall(*nums):
    return sum(nums)
sumall(1, 2)
sumall(1, 2, 3)
print(sumall.elapsed, sumall.__wrapped__(5, 5), sumall.__dict__.keys())
