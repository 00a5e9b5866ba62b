# Formatting a decimal with more digits than int's str allows (4,300 by default): the
# decimal module has no such limit, so 'f' of 1E+5000 prints all 5,001 digits.
from decimal import Decimal

for text in ("1E+5000", "-7.5E+4400", "123456789E+4321"):
    d = Decimal(text)
    for spec in (".0f", ".2f", ",.1f", "%", "f"):
        s = format(d, spec)
        print(text, spec, len(s), s[:24], s[-12:], s.count("0"))
print(format(Decimal("1E+4400"), "e"), format(Decimal("1E+4400"), ".3g"))

# str, repr and as_tuple of an exact decimal made from a long int, and arithmetic at a
# precision above the limit.
from decimal import getcontext

x = Decimal(10 ** 5000 + 7)
print(str(x)[:12], str(x)[-6:], len(repr(x)), x.as_tuple().digits[-3:], x.adjusted())
getcontext().prec = 6000
print(len(str(+Decimal(2) ** 15000)), str(x + 1)[-4:], len(str(Decimal("1E+5000").quantize(Decimal(1)))))
