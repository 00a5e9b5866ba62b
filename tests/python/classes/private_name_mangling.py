class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
    def balance(self):
        return self.__balance
a = Account()
print(a.balance(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print(e)
print(a._Account__balance)
print(sorted(a.__dict__))
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
print(Sub().peek())
