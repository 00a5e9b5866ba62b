# A '0' width flag zero-pads Decimal numbers but pads Infinity and NaN with spaces; an explicit '0=' fills them.
from decimal import Decimal as D
for s in ['012.2f', '012', '=12', '0=12', '*=12', '+012.1f', '012%', '08', '010e']:
    print(repr(s), [format(D(x), s) for x in ('inf', '-inf', 'nan', '1.5', '-0.25')])
for s in ['<012', '>012', '^012', '*<012', '<08.1f']:
    try:
        print(format(D('1.5'), s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
