# (CPython 3.11 mis-counts references of None on this path, so the program uses it sparingly.)
# property.getter/setter/deleter(None) keep the function already there (CPython's property_copy
# treats None like "not given"); a doc taken from the getter follows the copy's getter.


class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        "current balance"
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value


prop = Account.__dict__["balance"]
same_get = prop.getter(None)
print(same_get.fget is prop.fget, same_get.fset is prop.fset, same_get.__doc__)
no_change = prop.setter(None)
print(no_change.fset is prop.fset, no_change.__doc__)

p = property("g", "s", "d")
print(p.deleter(None).fdel)
print(p.getter(1).fget, p.setter(2).fset, p.deleter(3).fdel)


def fresh(self):
    "fresh getter"
    return 0


print(prop.getter(fresh).__doc__)
explicit = property(lambda self: 1, doc="given")
print(explicit.setter(lambda s, v: None).__doc__)


class Uses:
    balance = no_change


u = Uses()
u._balance = 3
u.balance = 7
print(u.balance)
