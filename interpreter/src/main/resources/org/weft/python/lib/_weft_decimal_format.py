"""Private helper of weft's decimal: Decimal.__format__ (the format mini-language for decimals)."""


def _parse_spec(spec):
    out = {'fill': ' ', 'align': None, 'sign': '-', 'no_neg_0': False, 'zeropad': False,
           'minimumwidth': 0, 'thousands_sep': '', 'precision': None, 'type': None}
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        out['no_neg_0'] = True
        i += 1
    if i < n and spec[i] == '#':
        # CPython 3.11's _decimal (libmpdec's mpd_parse_fmt_str) has no alternate form
        raise ValueError('invalid format string')
    if i < n and spec[i] == '0':
        out['zeropad'] = True
        i += 1
        if i < n and spec[i] == '0':
            # libmpdec: a minimum width may not start with 0 ('00,' is invalid, '010' is not)
            raise ValueError('invalid format string')
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        out['minimumwidth'] = int(spec[i:j])
        i = j
    if i < n and spec[i] == ',':  # '_' is not accepted for Decimal in 3.11
        out['thousands_sep'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        out['precision'] = int(spec[i + 1:j])
        i = j
    if i < n:
        out['type'] = spec[i]
        i += 1
    if i != n or (out['type'] is not None and out['type'] not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if out['type'] == 'n' and out['thousands_sep']:
        # libmpdec: 'n' takes its separator from the locale, so an explicit one is an error
        raise ValueError('invalid format string')
    if out['zeropad']:
        if out['align'] is not None:
            # libmpdec refuses an explicit alignment together with the '0' flag
            raise ValueError('invalid format string')
        if out['align'] is None:
            out['fill'], out['align'] = '0', '='
            out['implicit_zero_fill'] = True
    if out['align'] is None:
        out['align'] = '>'
    if out['type'] in (None, 'g', 'G', 'n') and out['precision'] == 0:
        out['precision'] = 1
    return out


def _round_sig(d, places, rounding):
    if d._special or not d:
        return d
    ans = d._rescale(d.adjusted() + 1 - places, rounding)
    if ans.adjusted() != d.adjusted():
        ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
    return ans


def _group(digits, sep, min_width):
    if not sep:
        return digits.rjust(max(min_width, 1), '0') if min_width > len(digits) else digits
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:] if l > len(digits) else digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, spec):
    padding = spec['fill'] * (spec['minimumwidth'] - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _sign(negative, spec):
    if negative:
        return '-'
    return spec['sign'] if spec['sign'] in '+ ' else ''


def _digits_of(n):
    """str(n) of a coefficient of any length: int's str stops at sys.get_int_max_str_digits(),
    and a decimal such as 1E+5000 formatted with 'f' has far more digits."""
    if n.bit_length() < 13000:  # under 3,914 digits: below the default limit of 4,300
        return str(n)
    half = n.bit_length() * 3 // 20  # about half the decimal digits (log10(2) > 0.3)
    hi, lo = divmod(n, 10 ** half)
    return _digits_of(hi) + _digits_of(lo).rjust(half, '0')


def format_decimal(d, specifier, ctx):
    # CPython: Decimal.__format__ in _pydecimal.py (the same layout as libmpdec's)
    spec = _parse_spec(specifier)
    Dec = type(d)
    if d._special:
        body = str(d.copy_abs())
        if spec['type'] == '%':
            body += '%'
        if spec.get('implicit_zero_fill'):
            # libmpdec zero-pads numbers only: an infinity or NaN gets spaces, right-aligned
            spec = dict(spec, fill=' ', align='>')
        return _align(_sign(d._sign, spec), body, spec)
    typ = spec['type']
    if typ is None:
        typ = ['g', 'G'][ctx.capitals]
    if typ == 'n':
        typ = 'g'
    if typ == '%':
        d = d.__class__((d._sign, tuple(int(c) for c in _digits_of(d._int)), d._exp + 2))
    rounding = ctx.rounding
    precision = spec['precision']
    if precision is not None:
        if typ in 'eE':
            d = _round_sig(d, precision + 1, rounding)
        elif typ in 'fF%':
            d = d._rescale(-precision, rounding)
        elif typ in 'gG' and len(_digits_of(d._int)) > precision:
            d = _round_sig(d, precision, rounding)
    if not d and d._exp > 0 and typ in 'fF%':
        d = d._rescale(0, rounding)
    negative = d._sign and not (not d and spec['no_neg_0'])
    coeff = _digits_of(d._int)
    leftdigits = d._exp + len(coeff)
    if typ in 'eE':
        dotplace = 1 - precision if (not d and precision is not None) else 1
    elif typ in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if d._exp <= 0 and leftdigits > -6 else 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + coeff
    elif dotplace > len(coeff):
        intpart = coeff + '0' * (dotplace - len(coeff))
        fracpart = ''
    else:
        intpart = coeff[:dotplace] or '0'
        fracpart = coeff[dotplace:]
    exp = leftdigits - dotplace
    sign = _sign(negative, spec)
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or typ in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[typ]
        fracpart += '%s%+d' % (echar, exp)
    if typ == '%':
        fracpart += '%'
    min_width = spec['minimumwidth'] - len(fracpart) - len(sign) if spec['zeropad'] else 0
    intpart = _group(intpart, spec['thousands_sep'], min_width)
    return _align(sign, intpart + fracpart, spec)

# C code in CPython (_datetime, _decimal): tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
