"""SQLite's storage classes, type affinity, conversions and ordering (https://www.sqlite.org/datatype3.html).

Values are Python objects: None (NULL), int (INTEGER, 64-bit), float (REAL), str (TEXT), bytes (BLOB).
"""

import math

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1

# Affinities, named as SQLite's documentation names them.
TEXT, NUMERIC, INTEGER, REAL, BLOB = 'TEXT', 'NUMERIC', 'INTEGER', 'REAL', 'BLOB'


def affinity_of_type(decltype):
    """The column affinity of a declared type, by the five rules of datatype3.html section 3.1."""
    t = (decltype or '').upper()
    if 'INT' in t:
        return INTEGER
    if 'CHAR' in t or 'CLOB' in t or 'TEXT' in t:
        return TEXT
    if 'BLOB' in t or not t:
        return BLOB
    if 'REAL' in t or 'FLOA' in t or 'DOUB' in t:
        return REAL
    return NUMERIC


def type_name(value):
    """typeof(value)."""
    if value is None:
        return 'null'
    t = type(value)
    if t is int:
        return 'integer'
    if t is float:
        return 'real'
    if t is str:
        return 'text'
    return 'blob'


def real_to_text(x):
    """A REAL as SQLite writes it: printf's "%!.15g", which always shows a decimal point."""
    if x != x:
        return ''
    if math.isinf(x):
        return 'Inf' if x > 0 else '-Inf'
    text = '%.15g' % x
    if 'e' in text:
        mantissa, exponent = text.split('e')
        if '.' not in mantissa:
            mantissa += '.0'
        return mantissa + 'e' + exponent
    if '.' not in text:
        text += '.0'
    return text


def to_text(value):
    """CAST(value AS TEXT), also how || and the text functions see a value."""
    t = type(value)
    if t is str or value is None:
        return value
    if t is int:
        return str(value)
    if t is float:
        return real_to_text(value)
    return bytes(value).decode('utf-8', 'replace')


def _numeric_prefix(text):
    """The longest prefix of text that reads as a number, as SQLite's sqlite3AtoF: (value, whole_text_used)."""
    s = text.strip(' \t\n\r\f\v')
    n, i = len(s), 0
    if i < n and s[i] in '+-':
        i += 1
    digits_start = i
    while i < n and s[i].isdigit() and s[i] < '\x80':
        i += 1
    int_digits = i - digits_start
    is_real = False
    if i < n and s[i] == '.':
        j = i + 1
        while j < n and s[j].isdigit() and s[j] < '\x80':
            j += 1
        if int_digits or j > i + 1:
            is_real = True
            i = j
    if int_digits == 0 and not is_real:
        return None, False
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j].isdigit():
            while j < n and s[j].isdigit():
                j += 1
            i = j
            is_real = True
    number_text = s[:i]
    whole = i == n
    if is_real:
        return float(number_text), whole
    value = int(number_text)
    if value < INT_MIN or value > INT_MAX:
        return float(number_text), whole
    return value, whole


def to_numeric_value(value):
    """The number an arithmetic operator sees: text and blobs read as their numeric prefix, else 0."""
    t = type(value)
    if t is int or t is float or value is None:
        return value
    if t is bytes:
        value = value.decode('utf-8', 'replace')
    number, _ = _numeric_prefix(value)
    return 0 if number is None else number


def cast_integer(value):
    if value is None:
        return None
    t = type(value)
    if t is int:
        return value
    if t is float:
        return float_to_int(value)
    number = to_numeric_value(value)
    return float_to_int(number) if type(number) is float else number


def float_to_int(x):
    if x != x:
        return 0
    if x >= 9.223372036854775807e18:
        return INT_MAX
    if x <= -9.223372036854775808e18:
        return INT_MIN
    return int(x)


def cast_real(value):
    if value is None:
        return None
    return float(to_numeric_value(value))


def cast_numeric(value):
    """CAST(value AS NUMERIC): an integer where the number is one, else a real."""
    if value is None:
        return None
    number = to_numeric_value(value)
    if type(number) is float and math.isfinite(number) and number == int(number) and abs(number) < 9.2e18:
        return int(number)
    return number


def cast(value, decltype):
    affinity = affinity_of_type(decltype)
    if value is None:
        return None
    if affinity == TEXT:
        return to_text(value)
    if affinity == INTEGER:
        return cast_integer(value)
    if affinity == REAL:
        return cast_real(value)
    if affinity == NUMERIC:
        return cast_numeric(value)
    if type(value) is str:
        return value.encode('utf-8')
    if type(value) in (int, float):
        return to_text(value).encode('utf-8')
    return value


def apply_affinity(value, affinity):
    """How a column with this affinity stores a value (datatype3.html section 3)."""
    t = type(value)
    if value is None or affinity == BLOB or affinity is None:
        return value
    if affinity == TEXT:
        return to_text(value) if t in (int, float) else value
    if t is str:
        number, whole = _numeric_prefix(value)
        if number is None or not whole:
            return value
        value, t = number, type(number)
    if t is bytes:
        return value
    if affinity == REAL:
        return float(value)
    if t is float and math.isfinite(value) and value == int(value) and -9.2e18 < value < 9.2e18:
        return int(value)
    return value


def compare_affinity(value, affinity):
    """The conversion a comparison applies to one operand: numeric affinities turn numeric text into a number."""
    if affinity in (INTEGER, REAL, NUMERIC):
        if type(value) is str:
            number, whole = _numeric_prefix(value)
            if number is not None and whole:
                return number
        return value
    if affinity == TEXT and type(value) in (int, float):
        return to_text(value)
    return value


def _class_rank(value):
    t = type(value)
    if value is None:
        return 0
    if t is int or t is float:
        return 1
    if t is str:
        return 2
    return 3


def fold_nocase(text):
    """NOCASE folds ASCII letters only."""
    if text.isascii():
        return text.lower()
    return ''.join(c.lower() if c < '\x80' else c for c in text)


def collate_key(text, collation):
    if type(collation) is UserCollation:
        return text
    if collation == 'NOCASE':
        return fold_nocase(text)
    if collation == 'RTRIM':
        return text.rstrip(' ')
    return text


class UserCollation:
    """A collation made with Connection.create_collation: a Python function cmp(a, b) -> int."""
    __slots__ = ('name', 'function')

    def __init__(self, name, function):
        self.name = name
        self.function = function

    def __call__(self, a, b):
        from sqlite3._errors import OperationalError
        try:
            result = self.function(a, b)
        except Exception:
            raise OperationalError('user-defined collation raised exception') from None
        return (result > 0) - (result < 0) if isinstance(result, int) else 0


def compare(a, b, collation=None):
    """-1, 0 or 1 by SQLite's order: NULL < numbers < text < blobs. Neither value may be NULL for '='."""
    ra, rb = _class_rank(a), _class_rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 2 and type(collation) is UserCollation:
        return collation(a, b)
    if ra == 2 and collation:
        a, b = collate_key(a, collation), collate_key(b, collation)
    if a == b:
        return 0
    return -1 if a < b else 1


def sort_key(value, collation=None):
    """A key Python can order that sorts values in SQLite's order."""
    rank = _class_rank(value)
    if rank == 0:
        return (0, 0)
    if rank == 2 and type(collation) is UserCollation:
        import functools
        return (2, functools.cmp_to_key(collation)(value))
    if rank == 2 and collation:
        return (2, collate_key(value, collation))
    return (rank, value)
