import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__qualname__}{args[1:] if args else ()}")
        return func(*args, **kwargs)
    return wrapper

class Account:
    rate = 0.05

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @logged
    def deposit(self, amount):
        self._balance += amount
        return self._balance

    @classmethod
    @logged
    def open(cls, owner):
        return cls(owner, 10)

    @staticmethod
    @logged
    def fee(amount):
        return round(amount * 0.01, 2)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("deleting balance")
        self._balance = 0

a = Account.open("ann")
print(a.owner, a.balance)
print(a.deposit(25))
print(Account.fee(250))
print(a.fee(1000))
a.balance = 7
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
del a.balance
print(a.balance)

print(type(Account.__dict__["open"]).__name__)
print(type(Account.__dict__["fee"]).__name__)
print(type(Account.__dict__["balance"]).__name__)
print(Account.balance.fget.__name__, Account.balance.fset.__name__)
print(Account.deposit.__qualname__)
print(Account.open.__func__.__qualname__)
print(Account.__dict__["fee"].__func__.__name__)
print(Account.balance.__doc__)

class Temperature:
    def __init__(self):
        self._c = 0.0

    def _get(self):
        "Celsius degrees"
        return self._c

    def _set(self, v):
        self._c = float(v)

    celsius = property(_get, _set)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
print(Temperature.celsius.__doc__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

def method_decorator(fn):
    def inner(self, *args):
        return f"<{fn(self, *args)}>"
    return inner

class Tag:
    name = "b"
    @method_decorator
    def render(self, text):
        return f"{self.name}:{text}"

print(Tag().render("bold"))
print(Tag.render.__name__, Tag.render.__qualname__)
bound = Tag().render
print(bound.__func__.__name__, bound.__self__.name)
