"""SQLite's operators on values: arithmetic with 64-bit overflow to REAL, comparisons, LIKE and GLOB."""

from sqlite3._values import (INT_MAX, INT_MIN, to_numeric_value, to_text, compare, collate_key,
                             compare_affinity, INTEGER, REAL, NUMERIC, TEXT, BLOB)


def _numbers(a, b):
    return to_numeric_value(a), to_numeric_value(b)


def _fit(result, a, b, exact):
    if type(a) is int and type(b) is int:
        if INT_MIN <= result <= INT_MAX:
            return result
        return float(exact(float(a), float(b)))
    return result


def add(a, b):
    if a is None or b is None:
        return None
    a, b = _numbers(a, b)
    return _fit(a + b, a, b, lambda x, y: x + y)


def subtract(a, b):
    if a is None or b is None:
        return None
    a, b = _numbers(a, b)
    return _fit(a - b, a, b, lambda x, y: x - y)


def multiply(a, b):
    if a is None or b is None:
        return None
    a, b = _numbers(a, b)
    return _fit(a * b, a, b, lambda x, y: x * y)


def divide(a, b):
    if a is None or b is None:
        return None
    a, b = _numbers(a, b)
    if b == 0:
        return None
    if type(a) is int and type(b) is int:
        if a == INT_MIN and b == -1:
            return float(a) / -1.0
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q
    return a / b


def remainder(a, b):
    if a is None or b is None:
        return None
    a, b = _numbers(a, b)
    if type(a) is int and type(b) is int:
        if b == 0:
            return None
        r = abs(a) % abs(b)
        return -r if a < 0 else r
    # A REAL operand: both are cast to integers first, the result is a REAL (SQLite 3.40).
    ia, ib = int(a), int(b)
    if ib == 0:
        return None
    r = abs(ia) % abs(ib)
    return float(-r if ia < 0 else r)


def _int_operands(a, b):
    from sqlite3._values import cast_integer
    return cast_integer(a), cast_integer(b)


def bit_and(a, b):
    if a is None or b is None:
        return None
    a, b = _int_operands(a, b)
    return a & b


def bit_or(a, b):
    if a is None or b is None:
        return None
    a, b = _int_operands(a, b)
    return a | b


def _wrap64(x):
    x &= (1 << 64) - 1
    return x - (1 << 64) if x >= 1 << 63 else x


def shift_left(a, b):
    if a is None or b is None:
        return None
    a, b = _int_operands(a, b)
    if b < 0:
        return shift_right(a, -b)
    return 0 if b >= 64 else _wrap64(a << b)


def shift_right(a, b):
    if a is None or b is None:
        return None
    a, b = _int_operands(a, b)
    if b < 0:
        return shift_left(a, -b)
    return (-1 if a < 0 else 0) if b >= 64 else a >> b


def concat(a, b):
    if a is None or b is None:
        return None
    return to_text(a) + to_text(b)


def negate(a):
    if a is None:
        return None
    a = to_numeric_value(a)
    if a == INT_MIN and type(a) is int:
        return -float(a)
    return -a


def bit_not(a):
    if a is None:
        return None
    from sqlite3._values import cast_integer
    return ~cast_integer(a)


def truth(value):
    """A value as a condition: NULL is unknown (None), otherwise whether its number is non-zero."""
    if value is None:
        return None
    t = type(value)
    if t is int or t is float:
        return value != 0
    return to_numeric_value(value) != 0


def comparison_operands(a, b, aff_a, aff_b):
    """Apply SQLite's comparison affinity rules (datatype3.html section 4.2) to both operands."""
    numeric = (INTEGER, REAL, NUMERIC)
    if aff_a in numeric and aff_b not in numeric:
        b = compare_affinity(b, NUMERIC)
    elif aff_b in numeric and aff_a not in numeric:
        a = compare_affinity(a, NUMERIC)
    elif aff_a == TEXT and aff_b in (None, BLOB):
        b = compare_affinity(b, TEXT)
    elif aff_b == TEXT and aff_a in (None, BLOB):
        a = compare_affinity(a, TEXT)
    return a, b


def _like_regex_free(pattern, text, escape, case_fold):
    """LIKE by dynamic programming over the pattern ('%' any run, '_' one character)."""
    if case_fold:
        pattern = ''.join(c.lower() if c < '\x80' else c for c in pattern)
        text = ''.join(c.lower() if c < '\x80' else c for c in text)
    tokens = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if escape is not None and c == escape:
            i += 1
            tokens.append(('lit', pattern[i] if i < len(pattern) else ''))
        elif c == '%':
            tokens.append(('any', None))
        elif c == '_':
            tokens.append(('one', None))
        else:
            tokens.append(('lit', c))
        i += 1
    return _match(tokens, text)


def _match(tokens, text):
    # states: the set of text positions reachable after matching a prefix of the pattern
    states = {0}
    n = len(text)
    for kind, char in tokens:
        if not states:
            return False
        if kind == 'any':
            start = min(states)
            states = set(range(start, n + 1))
        elif kind == 'one':
            states = {p + 1 for p in states if p < n}
        elif callable(char):
            states = {p + 1 for p in states if p < n and char(text[p])}
        else:
            states = {p + 1 for p in states if p < n and text[p] == char}
    return n in states


def like(pattern, text, escape=None):
    if pattern is None or text is None:
        return None
    pattern, text = to_text(pattern), to_text(text)
    if escape is not None:
        escape = to_text(escape)
        if len(escape) != 1:
            from sqlite3._errors import OperationalError
            raise OperationalError('ESCAPE expression must be a single character')
    return 1 if _like_regex_free(pattern, text, escape, True) else 0


def glob(pattern, text):
    if pattern is None or text is None:
        return None
    pattern, text = to_text(pattern), to_text(text)
    tokens = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == '*':
            tokens.append(('any', None))
        elif c == '?':
            tokens.append(('one', None))
        elif c == '[':
            j = i + 1
            negate_set = j < len(pattern) and pattern[j] == '^'
            if negate_set:
                j += 1
            chars, ranges = set(), []
            first = True
            while j < len(pattern) and (pattern[j] != ']' or first):
                if j + 2 < len(pattern) and pattern[j + 1] == '-' and pattern[j + 2] != ']':
                    ranges.append((pattern[j], pattern[j + 2]))
                    j += 3
                else:
                    chars.add(pattern[j])
                    j += 1
                first = False
            if j >= len(pattern):
                return 0
            tokens.append(('lit', _char_class(chars, ranges, negate_set)))
            i = j
        else:
            tokens.append(('lit', c))
        i += 1
    return 1 if _match(tokens, text) else 0


def _char_class(chars, ranges, negated):
    def test(c):
        hit = c in chars or any(lo <= c <= hi for lo, hi in ranges)
        return hit != negated
    return test
