from decimal import *
D = Decimal
print(getcontext())
getcontext().prec = 6
print(D(1) / D(7), D('123456789'), +D('123456789'), D(2).sqrt(), D('1.234567') * 1, getcontext().prec)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(3), D(22) / D(7), ctx.prec)
print(D(1) / D(3))
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(D(2) / D(3))
ctx = Context(prec=4, rounding=ROUND_UP)
print(ctx.divide(D(1), D(3)), ctx.add(D('1.0001'), 0), ctx.create_decimal('3.14159'), ctx.sqrt(D(2)), ctx.power(D(2), D(20)))
c = getcontext()
c.clear_flags()
D(1) / D(3)
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero], c.traps[DivisionByZero], c.traps[Inexact])
print(BasicContext.prec, ExtendedContext.prec, DefaultContext.rounding, MAX_PREC)
try:
    getcontext().prec = 0
except ValueError as e:
    print('ValueError', e)
