import functools

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} args={args} kwargs={kwargs}"

c = Counter()
print(c(), c(1, 2), c(x=3))
print(callable(c), callable(Counter), callable(3), callable(len), callable(Counter.__call__))

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
print(list(map(Multiplier(3), [1, 2, 3])), sorted([3, -1, 2], key=Multiplier(-1)))

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.num = 0
    def __call__(self, *a, **k):
        self.num += 1
        return self.func(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

@CountCalls
def greet(name):
    """Say hi."""
    return f"hi {name}"
print(greet("a"), greet("b"), greet.num, greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

class Svc:
    @CountCalls
    def ping(self, n):
        return f"pong {n}"
s = Svc()
print(s.ping(1), s.ping(2), Svc.ping.num)

class Instance:
    pass
i = Instance()
i.__call__ = lambda: "instance-level"
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
print(i.__call__())

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

class Adder:
    def __call__(self, a, b=10, *, c=100):
        return a + b + c
ad = Adder()
print(ad(1), ad(1, 2), ad(1, c=0))
try:
    ad()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ad(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
p = functools.partial(ad, c=5)
print(p(1), type(p).__name__)
print(repr(functools.partial(max, 1, key=abs)))
class Meta(type):
    def __call__(cls, *a):
        return f"Meta intercepted {cls.__name__}{a}"
class UsesMeta(metaclass=Meta):
    pass
print(UsesMeta(1, 2))
"not callable"()
