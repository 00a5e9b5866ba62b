class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def of(cls, amount):
        return cls(round(amount * 100))
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __bool__(self):
        return self.cents != 0
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
    __repr__ = __str__

a, b = Money.of(12.5), Money.of(0.99)
print(a + b, a - b, b - a, a * 3, 2 * b)
print(sum([a, b, Money(1)]))
print(sorted([a, b, Money(50)]), max(a, b))
print(bool(Money(0)), a == Money(1250), a != b)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
