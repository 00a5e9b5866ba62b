"""The built-in scalar functions (https://www.sqlite.org/lang_corefunc.html and lang_mathfunc.html).

SCALARS maps a lower-case name to (implementation, fewest arguments, most arguments or None, wants_context);
a function that wants the context (the connection's state) gets it as its first argument.
"""

import math

from sqlite3._aggregates import AGGREGATES
from sqlite3._errors import OperationalError
from sqlite3._values import (to_text, to_numeric_value, cast_integer, type_name, compare, real_to_text,
                             INT_MIN, float_to_int)
from sqlite3 import _operators as ops
from sqlite3._printf import sql_printf, round_half_away
from sqlite3 import _datefuncs

__all__ = ['SCALARS', 'AGGREGATES']


def _null_in(args):
    for a in args:
        if a is None:
            return True
    return False


def _abs(x):
    if x is None:
        return None
    if type(x) is int:
        if x == INT_MIN:
            raise OperationalError('integer overflow')
        return abs(x)
    if type(x) is float:
        return abs(x)
    return abs(float(to_numeric_value(x)))


def _text_function(f):
    def apply(x):
        if x is None:
            return None
        return f(to_text(x))
    return apply


def _length(x):
    if x is None:
        return None
    if type(x) is bytes:
        return len(x)
    text = to_text(x)
    end = text.find('\x00')
    return len(text) if end < 0 else end


def _substr(x, start, count=None):
    if x is None or start is None:
        return None
    if count is None and False:
        return None
    blob = type(x) is bytes
    s = x if blob else to_text(x)
    p1 = cast_integer(start)
    size = len(s)
    negative = False
    if count is not None:
        p2 = cast_integer(count)
        if p2 < 0:
            negative, p2 = True, -p2
    else:
        p2 = 1 << 62
    if p1 < 0:
        p1 += size
        if p1 < 0:
            p2 += p1
            if p2 < 0:
                p2 = 0
            p1 = 0
    elif p1 > 0:
        p1 -= 1
    elif p2 > 0:
        p2 -= 1
    if negative:
        p1 -= p2
        if p1 < 0:
            p2 += p1
            p1 = 0
    return s[p1:p1 + p2]


def _substr_checked(*args):
    if len(args) == 3 and args[2] is None:
        return None
    return _substr(*args)


def _trimmer(side):
    def trim(x, chars=' '):
        if x is None or chars is None:
            return None
        text, chars = to_text(x), to_text(chars)
        if side == 'l':
            return text.lstrip(chars)
        if side == 'r':
            return text.rstrip(chars)
        return text.strip(chars)
    return trim


def _replace(x, old, new):
    if x is None or old is None or new is None:
        return None
    x, old, new = to_text(x), to_text(old), to_text(new)
    if old == '':
        return x
    return x.replace(old, new)


def _instr(x, y):
    if x is None or y is None:
        return None
    if type(x) is bytes and type(y) is bytes:
        return x.find(y) + 1
    return to_text(x).find(to_text(y)) + 1


def _round(x, digits=0):
    if x is None or digits is None:
        return None
    n = cast_integer(digits)
    n = max(0, min(n, 30))
    r = float(to_numeric_value(x))
    return round_half_away(r, n)


def _coalesce(*args):
    for a in args:
        if a is not None:
            return a
    return None


def _ifnull(a, b):
    return b if a is None else a


def _nullif(a, b):
    if a is not None and b is not None and compare(a, b) == 0:
        return None
    return a


def _iif(cond, a, b):
    return a if ops.truth(cond) is True else b


def _scalar_min(*args):
    if _null_in(args):
        return None
    best = args[0]
    for a in args[1:]:
        if compare(a, best) < 0:
            best = a
    return best


def _scalar_max(*args):
    if _null_in(args):
        return None
    best = args[0]
    for a in args[1:]:
        if compare(a, best) > 0:
            best = a
    return best


def _hex(x):
    if x is None:
        return ''
    data = x if type(x) is bytes else to_text(x).encode('utf-8')
    return data.hex().upper()


def _quote(x):
    if x is None:
        return 'NULL'
    t = type(x)
    if t is int:
        return str(x)
    if t is float:
        # "%!0.15g" when that reads back as the same double, else "%!0.20e" (SQLite's quote()).
        text = real_to_text(x)
        try:
            same = float(text) == x
        except ValueError:
            same = False
        return text if same else _exact_e20(x)
    if t is bytes:
        return "X'%s'" % x.hex().upper()
    return "'%s'" % x.replace("'", "''")


def _exact_e20(x):
    """x as "%.20e" with its exact decimal digits cut (not rounded) after the 20th decimal, as quote() prints
    a REAL that 15 digits do not reproduce."""
    n, d = abs(x).as_integer_ratio()
    e = len(str(n // d)) - 1 if n >= d else -len(str(d // n))
    while n * 10 ** max(-e, 0) < d * 10 ** max(e, 0):
        e -= 1
    while n * 10 ** max(-e - 1, 0) >= d * 10 ** max(e + 1, 0):
        e += 1
    digits = str(n * 10 ** (20 - e) // d) if e <= 20 else str(n // (d * 10 ** (e - 20)))
    sign = '-' if x < 0 else ''
    return '%s%s.%se%s%02d' % (sign, digits[0], digits[1:21], '-' if e < 0 else '+', abs(e))


def _char(*args):
    return ''.join(chr(cast_integer(a)) for a in args if a is not None)


def _unicode(x):
    if x is None:
        return None
    text = to_text(x)
    return ord(text[0]) if text else None


def _zeroblob(n):
    n = cast_integer(n) if n is not None else 0
    return bytes(max(n, 0))


def _like(context, pattern, text, escape=None):
    return ops.like(pattern, text, escape)


def _glob(pattern, text):
    return ops.glob(pattern, text)


def _math(f, domain=None):
    def apply(*args):
        if _null_in(args):
            return None
        xs = [float(to_numeric_value(a)) for a in args]
        try:
            result = f(*xs)
        except (ValueError, ZeroDivisionError, OverflowError):
            return None
        if type(result) is float and result != result:
            return None
        return result
    return apply


def _integral(f):
    def apply(x):
        if x is None:
            return None
        x = to_numeric_value(x)
        if type(x) is int:
            return x
        return float(f(x))
    return apply


def _log(*args):
    if len(args) == 1:
        return math.log10(args[0])
    return math.log(args[1], args[0])


def _sign(x):
    if x is None:
        return None
    x = to_numeric_value(x)
    return (x > 0) - (x < 0)


def _total_changes(context):
    return context.connection_state.total_changes


def _changes(context):
    return context.connection_state.changes


def _last_insert_rowid(context):
    return context.connection_state.last_rowid


def _sqlite_version():
    return '3.40.1'


def _random():
    import random
    return random.randint(INT_MIN, (1 << 63) - 1)


def _randomblob(n):
    import os
    return os.urandom(max(cast_integer(n) or 0, 1))


def _unlikely(x, *rest):
    return x


SCALARS = {
    'abs': (_abs, 1, 1, False),
    'upper': (_text_function(lambda s: ''.join(c.upper() if c < '\x80' else c for c in s)), 1, 1, False),
    'lower': (_text_function(lambda s: ''.join(c.lower() if c < '\x80' else c for c in s)), 1, 1, False),
    'length': (_length, 1, 1, False),
    'octet_length': (lambda x: None if x is None else len(x if type(x) is bytes else to_text(x).encode()), 1, 1, False),
    'substr': (_substr_checked, 2, 3, False),
    'substring': (_substr_checked, 2, 3, False),
    'trim': (_trimmer('b'), 1, 2, False),
    'ltrim': (_trimmer('l'), 1, 2, False),
    'rtrim': (_trimmer('r'), 1, 2, False),
    'replace': (_replace, 3, 3, False),
    'instr': (_instr, 2, 2, False),
    'round': (_round, 1, 2, False),
    'coalesce': (_coalesce, 2, None, False),
    'ifnull': (_ifnull, 2, 2, False),
    'nullif': (_nullif, 2, 2, False),
    'iif': (_iif, 3, 3, False),
    'typeof': (type_name, 1, 1, False),
    'min': (_scalar_min, 2, None, False),
    'max': (_scalar_max, 2, None, False),
    'printf': (sql_printf, 0, None, False),
    'format': (sql_printf, 0, None, False),
    'hex': (_hex, 1, 1, False),
    'quote': (_quote, 1, 1, False),
    'char': (_char, 0, None, False),
    'unicode': (_unicode, 1, 1, False),
    'zeroblob': (_zeroblob, 1, 1, False),
    'like': (_like, 2, 3, True),
    'glob': (_glob, 2, 2, False),
    'likely': (_unlikely, 1, 1, False),
    'unlikely': (_unlikely, 1, 1, False),
    'likelihood': (_unlikely, 2, 2, False),
    'random': (_random, 0, 0, False),
    'randomblob': (_randomblob, 1, 1, False),
    'total_changes': (_total_changes, 0, 0, True),
    'changes': (_changes, 0, 0, True),
    'last_insert_rowid': (_last_insert_rowid, 0, 0, True),
    'sqlite_version': (_sqlite_version, 0, 0, False),
    'sqrt': (_math(math.sqrt), 1, 1, False),
    'pow': (_math(math.pow), 2, 2, False),
    'power': (_math(math.pow), 2, 2, False),
    'exp': (_math(math.exp), 1, 1, False),
    'ln': (_math(math.log), 1, 1, False),
    'log': (_math(_log), 1, 2, False),
    'log10': (_math(math.log10), 1, 1, False),
    'log2': (_math(math.log2), 1, 1, False),
    'floor': (_integral(math.floor), 1, 1, False),
    'ceil': (_integral(math.ceil), 1, 1, False),
    'ceiling': (_integral(math.ceil), 1, 1, False),
    'trunc': (_integral(math.trunc), 1, 1, False),
    'mod': (_math(math.fmod), 2, 2, False),
    'pi': (lambda: math.pi, 0, 0, False),
    'sin': (_math(math.sin), 1, 1, False),
    'cos': (_math(math.cos), 1, 1, False),
    'tan': (_math(math.tan), 1, 1, False),
    'asin': (_math(math.asin), 1, 1, False),
    'acos': (_math(math.acos), 1, 1, False),
    'atan': (_math(math.atan), 1, 1, False),
    'atan2': (_math(math.atan2), 2, 2, False),
    'degrees': (_math(math.degrees), 1, 1, False),
    'radians': (_math(math.radians), 1, 1, False),
    'sign': (_sign, 1, 1, False),
}
SCALARS.update(_datefuncs.FUNCTIONS)
