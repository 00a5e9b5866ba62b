"""printf()/format() and round(), with SQLite's own rounding (https://www.sqlite.org/printf.html).

SQLite's printf works from at most 16 significant digits and rounds halves away from zero, so
printf('%.2f', 2.675) is '2.68' where Python gives '2.67'.
"""

from sqlite3._values import to_text, to_numeric_value, cast_integer, float_to_int


def _fixed(value, precision):
    """|value| with precision decimals, as SQLite's "%.*f" writes it (no sign): the value to 16 significant
    digits, then rounded half away from zero at the last kept decimal."""
    r = abs(value)
    if r != r or r == float('inf'):
        return 'Inf'
    if r == 0:
        return '0.' + '0' * precision if precision else '0'
    mantissa, exponent = ('%.15e' % r).split('e')
    digits = int(mantissa.replace('.', ''))
    k = int(exponent) - 15 + precision
    if k >= 0:
        scaled = digits * 10 ** k
    else:
        scaled = (digits + 5 * 10 ** (-k - 1)) // 10 ** (-k)
    text = str(scaled)
    if not precision:
        return text
    text = text.rjust(precision + 1, '0')
    return text[:-precision] + '.' + text[-precision:]


def round_half_away(r, n):
    """round(r, n) as SQLite computes it: a REAL, halves away from zero."""
    if n == 0 and abs(r) < 9.2e18:
        whole = float(float_to_int(abs(r) + 0.5))
        return -whole if r < 0 else whole
    if r != r or abs(r) == float('inf'):
        return r
    text = _fixed(r, n)
    result = float(text)
    return -result if r < 0 else result


def _group_thousands(digits):
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ','.join(reversed(out))


def _pad(body, sign, width, flags, numeric):
    text = sign + body
    if width is None or len(text) >= width:
        return text
    if '-' in flags:
        return text + ' ' * (width - len(text))
    if '0' in flags and numeric:
        return sign + '0' * (width - len(text)) + body
    return ' ' * (width - len(text)) + text


def _sign_of(negative, flags):
    if negative:
        return '-'
    if '+' in flags:
        return '+'
    if ' ' in flags:
        return ' '
    return ''


def _format_one(conv, flags, width, precision, arg):
    if conv in 'di':
        n = cast_integer(arg) if arg is not None else 0
        digits = str(abs(n))
        if precision is not None and len(digits) < precision:
            digits = '0' * (precision - len(digits)) + digits
        if ',' in flags:
            digits = _group_thousands(digits)
        return _pad(digits, _sign_of(n < 0, flags), width, flags, True)
    if conv == 'u':
        n = cast_integer(arg) if arg is not None else 0
        return _pad(str(n & ((1 << 64) - 1)), '', width, flags, True)
    if conv in 'xXo':
        n = cast_integer(arg) if arg is not None else 0
        n &= (1 << 64) - 1
        body = {'x': '%x', 'X': '%X', 'o': '%o'}[conv] % n
        if '#' in flags and n:
            body = {'x': '0x', 'X': '0X', 'o': '0'}[conv] + body
        return _pad(body, '', width, flags, True)
    if conv in 'fFeEgG':
        x = float(to_numeric_value(arg)) if arg is not None else 0.0
        p = 6 if precision is None else precision
        if conv in 'fF':
            body = _fixed(x, p)
        else:
            body = ('%.' + str(p) + conv) % abs(x)
            if conv in 'gG' and '#' not in flags and 'e' not in body.lower() and '.' in body:
                pass
        if ',' in flags and conv in 'fF':
            whole, _, frac = body.partition('.')
            body = _group_thousands(whole) + ('.' + frac if frac else '')
        return _pad(body, _sign_of(x < 0 and body.strip('0.') != '', flags), width, flags, True)
    if conv in 'sz':
        text = '' if arg is None else to_text(arg) if type(arg) is not bytes else arg.decode('utf-8', 'replace')
        if precision is not None:
            text = text[:precision]
        return _pad(text, '', width, flags, False)
    if conv == 'c':
        text = '' if arg is None else to_text(arg)
        ch = text[:1]
        if precision is not None and precision > 1:
            ch = ch * precision
        return _pad(ch, '', width, flags, False)
    if conv in 'qQw':
        if arg is None:
            return _pad('NULL' if conv == 'Q' else '(NULL)', '', width, flags, False)
        quote = '"' if conv == 'w' else "'"
        text = to_text(arg).replace(quote, quote + quote)
        if conv == 'Q':
            text = "'" + text + "'"
        return _pad(text, '', width, flags, False)
    return None


def sql_printf(*args):
    if not args or args[0] is None:
        return None
    fmt = to_text(args[0])
    values = list(args[1:])
    out = []
    i, n = 0, len(fmt)

    def next_arg():
        return values.pop(0) if values else None

    while i < n:
        c = fmt[i]
        if c != '%':
            j = fmt.find('%', i)
            j = n if j < 0 else j
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        flags = ''
        while i < n and fmt[i] in '-+ 0#,!':
            flags += fmt[i]
            i += 1
        width = None
        if i < n and fmt[i] == '*':
            width = cast_integer(next_arg() or 0)
            if width < 0:
                flags += '-'
                width = -width
            i += 1
        else:
            start = i
            while i < n and fmt[i].isdigit():
                i += 1
            if i > start:
                width = int(fmt[start:i])
        precision = None
        if i < n and fmt[i] == '.':
            i += 1
            if i < n and fmt[i] == '*':
                precision = cast_integer(next_arg() or 0)
                i += 1
            else:
                start = i
                while i < n and fmt[i].isdigit():
                    i += 1
                precision = int(fmt[start:i] or 0)
        while i < n and fmt[i] == 'l':
            i += 1
        if i >= n:
            break
        conv = fmt[i]
        i += 1
        if conv == '%':
            out.append('%')
            continue
        if conv == 'n':
            continue
        text = _format_one(conv, flags, width, precision, next_arg())
        if text is None:
            break
        out.append(text)
    return ''.join(out)
