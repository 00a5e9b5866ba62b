# A subclass of ExceptionGroup keeps its type through split() only if it overrides derive().
class Plain(ExceptionGroup):
    pass


class Derived(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return Derived(self.message, excs, self.code)


p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
d = Derived("derived", [ValueError(1), TypeError(2)], code=7)
m, r = d.split(ValueError)
print(type(m).__name__, m.code, r.code, repr(m))
try:
    raise d
except* ValueError as got:
    print("except* gives", type(got).__name__, got.code)
except* TypeError as got:
    print("and", type(got).__name__, repr(got))
print(isinstance(d, BaseExceptionGroup), Derived.__mro__[1].__name__)
