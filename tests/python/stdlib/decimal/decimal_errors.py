from decimal import *
D = Decimal
for fn in [lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D('abc'), lambda: D('1.5') + 1.5, lambda: 1.5 * D(2),
           lambda: D(-1).sqrt(), lambda: D(5) % D(0), lambda: D('inf') - D('inf'), lambda: D([1, 2])]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, DecimalException), issubclass(Overflow, Inexact))
ctx = Context(traps=[])
print(ctx.divide(D(1), D(0)), ctx.divide(D(0), D(0)), ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
