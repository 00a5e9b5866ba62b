import numbers
class Money:
    pass
numbers.Real.register(Money)
print(isinstance(Money(), numbers.Real), isinstance(Money(), numbers.Complex), isinstance(Money(), numbers.Rational))
print(issubclass(Money, numbers.Number))
