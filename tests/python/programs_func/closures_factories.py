def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__name__ = f"times_{n}"
    return multiply

doublers = [make_multiplier(i) for i in range(1, 4)]
print([f(10) for f in doublers], [f.__name__ for f in doublers])
print(doublers[0].__qualname__)

def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        if not items:
            raise IndexError("pop from empty stack")
        return items.pop()
    def peek():
        return items[-1] if items else None
    return {"push": push, "pop": pop, "peek": peek, "size": lambda: len(items)}

s = make_stack()
s["push"]("a")
s["push"]("b")
print(s["peek"](), s["pop"](), s["size"](), s["pop"]())
try:
    s["pop"]()
except IndexError as e:
    print(type(e).__name__, e)

def bank_account(balance=0):
    history = []
    def transact(amount):
        nonlocal balance
        if balance + amount < 0:
            raise ValueError(f"insufficient funds: balance {balance}, requested {-amount}")
        balance += amount
        history.append(amount)
        return balance
    def report():
        return f"balance={balance} transactions={history}"
    return transact, report

transact, report = bank_account(100)
transact(-30)
transact(55)
try:
    transact(-500)
except ValueError as e:
    print(e)
print(report())

def rate_limiter(max_calls):
    calls = 0
    def decorator(fn):
        def wrapped(*a):
            nonlocal calls
            if calls >= max_calls:
                return f"{fn.__name__}: limit of {max_calls} reached"
            calls += 1
            return fn(*a)
        return wrapped
    return decorator

@rate_limiter(2)
def ping(host):
    return f"pong from {host}"

print([ping(h) for h in ("a", "b", "c")])

def fib_gen_factory():
    a, b = 0, 1
    def next_fib():
        nonlocal a, b
        a, b = b, a + b
        return a
    return next_fib

nf = fib_gen_factory()
print([nf() for _ in range(10)])

funcs = {}
for name in ["upper", "lower", "title"]:
    funcs[name] = lambda s, m=name: getattr(s, m)()
print({k: f("hello wORLD") for k, f in funcs.items()})

def outer_scope():
    x = 1
    def read():
        return x
    x = 2
    return read

print(outer_scope()())
print([(lambda: i)() for i in range(3)])
gens = [(lambda: j) for j in range(3)]
print([g() for g in gens])

class Counter:
    count = 0
    def make(self):
        def inc():
            self.count += 1
            return self.count
        return inc

c = Counter()
inc = c.make()
inc(); inc()
print(c.count, Counter.count)

def shadow():
    len = lambda x: -1
    return len([1, 2, 3])
print(shadow(), len([1, 2, 3]))

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()(), deep()()().__code__.co_freevars)
