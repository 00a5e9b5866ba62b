# A money ledger with Decimal: splitting bills, tax, rounding modes, totals that must balance.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, localcontext, getcontext
CENT = Decimal('0.01')
items = [('coffee', '3.45', 2), ('bagel', '2.10', 3), ('juice', '4.99', 1), ('muffin', '2.755', 4)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = Decimal(price) * qty
    subtotal += line
    print(f"{name:<8} {qty} x {Decimal(price):>6} = {line:>8} -> {line.quantize(CENT, ROUND_HALF_UP):>7}")
tax_rate = Decimal('0.0825')
tax = (subtotal * tax_rate).quantize(CENT, ROUND_HALF_UP)
total = subtotal.quantize(CENT, ROUND_HALF_UP) + tax
print('subtotal', subtotal, 'tax', tax, 'total', total, repr(total))
def split(amount, n):
    base = (amount / n).quantize(CENT, ROUND_DOWN)
    shares = [base] * n
    remainder = amount - base * n
    i = 0
    while remainder > 0:
        shares[i] += CENT
        remainder -= CENT
        i += 1
    return shares
for n in (2, 3, 7):
    s = split(total, n)
    print(n, s, sum(s), sum(s) == total)
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    vals = [Decimal(v).quantize(CENT, rounding=mode) for v in ('0.125', '0.135', '-0.125', '2.675', '1.005')]
    print(mode, vals)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal('1234.5678') + 0, Decimal(1) / 7, Decimal('99999.5') + 0)
print(getcontext().prec, Decimal('1.1') + Decimal('2.2'), 1.1 + 2.2, Decimal(1.1) + Decimal(2.2))
balance = Decimal('1000.00')
for month in range(1, 13):
    interest = (balance * Decimal('0.05') / 12).quantize(CENT, ROUND_HALF_EVEN)
    balance += interest
    if month % 3 == 0:
        print(f"month {month:>2}: interest {interest:>6} balance {balance:>9,}")
print(f"{balance:,.2f} {balance:e} {balance:10.1f}| {-balance:+.3f} {balance.to_integral_value()} {balance.as_tuple()}")
