# Formatting a decimal with more digits than int's str allows (4,300 by default): the
# decimal module has no such limit, so 'f' of 1E+5000 prints all 5,001 digits.
from decimal import Decimal

for text in ("1E+5000", "-7.5E+4400", "123456789E+4321"):
    d = Decimal(text)
    for spec in (".0f", ".2f", ",.1f", "%", "f"):
        s = format(d, spec)
        print(text, spec, len(s), s[:24], s[-12:], s.count("0"))
print(format(Decimal("1E+4400"), "e"), format(Decimal("1E+4400"), ".3g"))
