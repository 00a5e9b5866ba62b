# Decimal methods check the context argument first ("optional argument must be a context"), then a
# rounding name, then the operands; scaleb/shift take an integral operand in range and x % 0 in
# remainder_near is InvalidOperation, as the specification (and CPython's libmpdec) says.
from decimal import Decimal, getcontext, localcontext, InvalidOperation, ROUND_UP
d = Decimal("1.5")
for name, args in [("scaleb", (2,)), ("scaleb", (2 ** 70,)), ("scaleb", ("1.5",)), ("scaleb", ("NaN",)), ("shift", (2,)), ("shift", (-1,)), ("shift", (40,)), ("shift", (2 ** 70,)),
                   ("rotate", (1,)), ("remainder_near", (0,)), ("remainder_near", (1,)), ("quantize", (Decimal("0.1"), "UP")), ("quantize", (Decimal("0.1"), ROUND_UP, 5)),
                   ("to_integral_value", ("x",)), ("to_integral_value", (None, "ctx")), ("sqrt", ("ctx",)), ("exp", (None,)), ("compare", (2, "c")), ("max", ("1", 5)), ("same_quantum", (1, 2))]:
    try:
        print(name, args, getattr(d, name)(*args))
    except (InvalidOperation, TypeError, ValueError) as e:
        print(name, args, type(e).__name__, str(e).replace("\n", " "))
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(d.remainder_near(0), Decimal(0).remainder_near(0), d.scaleb(2 ** 70), d.shift(100))
