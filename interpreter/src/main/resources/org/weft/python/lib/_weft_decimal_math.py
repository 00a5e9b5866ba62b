"""Fixed-point integer kernels behind Decimal.exp, ln, log10 and non-integral powers.

Every function works on plain ints: a value is an integer V standing for V * 10**-w. Each result is
within ERROR units of the true value, so decimal.py can bracket it and retry with more digits until
both ends of the bracket round alike (Ziv's strategy), which makes the final result correctly rounded
as libmpdec's is.
"""

ERROR = 64  # units of 10**-w that any result here may be off by, with a wide margin


def _tdiv(a, b):
    """a / b truncated toward zero (b > 0), so that series terms of either sign shrink to 0."""
    q = abs(a) // b
    return q if a >= 0 else -q


def _atanh_inv(n, scale):
    """atanh(1/n) * scale, by its series 1/n + 1/(3 n^3) + ... (n >= 2)."""
    total = 0
    power = scale // n
    n2 = n * n
    k = 1
    while power:
        total += power // k
        power //= n2
        k += 2
    return total


def ln2(w):
    """ln(2) at 10**-w: 2 atanh(1/3)."""
    scale = 10 ** (w + 10)
    return 2 * _atanh_inv(3, scale) // 10 ** 10


def ln10(w):
    """ln(10) at 10**-w: 3 ln 2 + ln(5/4) = 6 atanh(1/3) + 2 atanh(1/9)."""
    scale = 10 ** (w + 10)
    return (6 * _atanh_inv(3, scale) + 2 * _atanh_inv(9, scale)) // 10 ** 10


def ln_fixed(coeff, exp, w):
    """ln(coeff * 10**exp) at 10**-w, for coeff > 0."""
    g = w + 10
    scale = 10 ** g
    digits = len(str(coeff))
    # coeff * 10**exp = m * 10**(exp + digits) with m in [0.1, 1); then m * 2**k lies in [0.75, 1.5)
    m_num, m_den = coeff, 10 ** digits
    k = 0
    while m_num * 4 < m_den * 3:
        m_num *= 2
        k += 1
    m = m_num * scale // m_den
    z = (m - scale) * scale // (m + scale)
    # ln(m) = 2 atanh(z), series z + z^3/3 + ...
    total = 0
    term = z
    z2 = z * z // scale
    j = 1
    while term:
        total += _tdiv(term, j)
        term = _tdiv(term * z2, scale)
        j += 2
    ln_m = 2 * total
    tens = exp + digits
    result = ln_m - k * ln2(g) + tens * ln10(g + len(str(abs(tens))))  // 10 ** len(str(abs(tens)))
    return result // 10 ** 10


def exp_fixed(coeff, sign, exp, w):
    """exp(+-coeff * 10**exp) as (V, e): the value is V * 10**e, with relative error below ERROR / 10**w.

    The argument is split as n ln(10) + r with |r| <= 1.2, so exp(x) = 10**n exp(r)."""
    extra = max(0, len(str(coeff)) + exp) + 2
    g = w + 10 + extra
    scale = 10 ** g
    if exp + g >= 0:
        x = coeff * 10 ** (exp + g)
    else:
        x = coeff // 10 ** (-exp - g)
    if sign:
        x = -x
    l10 = ln10(g)
    n = (x + l10 // 2) // l10
    r = x - n * l10
    total = 0
    term = scale
    i = 1
    while term:
        total += term
        term = _tdiv(term * r, scale * i)
        i += 1
    # total approximates exp(r) * 10**g; keep w + 10 digits of it
    return total // 10 ** (extra), n - (g - extra)

# C code in CPython (_datetime, _decimal): tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
