"""decimal: decimal fixed- and floating-point arithmetic (weft's own implementation).

A Decimal is an immutable (sign, coefficient, exponent) triple, or a special value (Infinity, NaN,
sNaN). The current context is per thread (threading.local), as in CPython, so getcontext().prec
changed in one thread never affects another. Arithmetic is exact on Python ints, then rounded
once to the context precision. Not provided: exp/ln/log10/non-integral powers are computed through
float (inexact beyond 15 digits).
"""
import math as _math
import numbers as _numbers
import sys as _sys
from _weft_decimal_format import format_decimal as _format_decimal, _digits_of
import _weft_decimal_math as _dmath

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
           'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
           'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
           'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the order libmpdec keeps: flags/traps dicts iterate in it
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
            Clamped]
# the order Context.__repr__ lists set signals in (CPython's _decimal)
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
               Underflow]
# conditions report as the signal that carries them
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class DecimalTuple(tuple):
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self


# ---------------------------------------------------------------- context

class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = traps
        self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MESSAGE)
        elif name == 'Emin' and value > 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax' and value < 0:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, name, value)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def _raise(self, condition, explanation=None):
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        return None

    def _raise_many(self, conditions):
        """Set every flag first, then raise the first trapped signal, as libmpdec reports one operation's status."""
        signals = [_CONDITION_SIGNAL.get(c, c) for c in conditions]
        for signal in signals:
            self.flags[signal] = True
        trapped = [s for s in _SIGNALS if s in signals and self.traps.get(s)]
        if trapped:
            raise trapped[0](trapped)

    def __repr__(self):
        names = lambda d: ', '.join(s.__name__ for s in _REPR_ORDER if d.get(s))
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags), names(self.traps)))

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # arithmetic methods mirror the Decimal operations under this context
    def add(self, a, b):
        return _d(a).__add__(_d(b), context=self)

    def subtract(self, a, b):
        return _d(a).__sub__(_d(b), context=self)

    def multiply(self, a, b):
        return _d(a).__mul__(_d(b), context=self)

    def divide(self, a, b):
        return _d(a).__truediv__(_d(b), context=self)

    def divide_int(self, a, b):
        return _d(a).__floordiv__(_d(b), context=self)

    def remainder(self, a, b):
        return _d(a).__mod__(_d(b), context=self)

    def divmod(self, a, b):
        return _d(a).__divmod__(_d(b), context=self)

    def power(self, a, b, modulo=None):
        return _d(a).__pow__(_d(b), modulo, context=self)

    def sqrt(self, a):
        return _d(a).sqrt(context=self)

    def quantize(self, a, b):
        return _d(a).quantize(_d(b), context=self)

    def abs(self, a):
        return _d(a).__abs__(context=self)

    def minus(self, a):
        return _d(a).__neg__(context=self)

    def plus(self, a):
        return _d(a).__pos__(context=self)

    def compare(self, a, b):
        return _d(a).compare(_d(b), context=self)

    def max(self, a, b):
        return _d(a).max(_d(b), context=self)

    def min(self, a, b):
        return _d(a).min(_d(b), context=self)

    def normalize(self, a):
        return _d(a).normalize(context=self)

    def to_integral_value(self, a):
        return _d(a).to_integral_value(context=self)

    def to_sci_string(self, a):
        return _d(a).__str__(context=self)

    def to_eng_string(self, a):
        return _d(a).to_eng_string(context=self)

    def is_signed(self, a):
        return _d(a).is_signed()

    def is_zero(self, a):
        return _d(a).is_zero()

    def exp(self, a):
        return _d(a).exp(context=self)

    def ln(self, a):
        return _d(a).ln(context=self)

    def log10(self, a):
        return _d(a).log10(context=self)

    def logb(self, a):
        return _d(a).logb(context=self)

    def fma(self, a, b, c):
        return _d(a).fma(b, c, context=self)

    def number_class(self, a):
        return _d(a).number_class(context=self)

    def to_integral_exact(self, a):
        return _d(a).to_integral_exact(context=self)

    def to_integral(self, a):
        return _d(a).to_integral_value(context=self)

    def copy_abs(self, a):
        return _d(a).copy_abs()

    def copy_negate(self, a):
        return _d(a).copy_negate()

    def copy_decimal(self, a):
        return _d(a)

    def canonical(self, a):
        return _d(a).canonical()

    def copy_sign(self, a, b):
        return _d(a).copy_sign(_d(b))

    def same_quantum(self, a, b):
        return _d(a).same_quantum(_d(b))

    def scaleb(self, a, b):
        return _d(a).scaleb(_d(b), context=self)

    def shift(self, a, b):
        return _d(a).shift(_d(b), context=self)

    def remainder_near(self, a, b):
        return _d(a).remainder_near(_d(b), context=self)

    def compare_total(self, a, b):
        return _d(a).compare_total(_d(b))

    def compare_total_mag(self, a, b):
        return _d(a).compare_total_mag(_d(b))

    def compare_signal(self, a, b):
        return _d(a).compare_signal(_d(b), context=self)

    def max_mag(self, a, b):
        return _d(a).max_mag(_d(b), context=self)

    def min_mag(self, a, b):
        return _d(a).min_mag(_d(b), context=self)

    def next_plus(self, a):
        return _d(a).next_plus(context=self)

    def next_minus(self, a):
        return _d(a).next_minus(context=self)

    def next_toward(self, a, b):
        return _d(a).next_toward(_d(b), context=self)

    def logical_and(self, a, b):
        return _d(a).logical_and(_d(b), context=self)

    def logical_or(self, a, b):
        return _d(a).logical_or(_d(b), context=self)

    def logical_xor(self, a, b):
        return _d(a).logical_xor(_d(b), context=self)

    def logical_invert(self, a):
        return _d(a).logical_invert(context=self)

    def rotate(self, a, b):
        return _d(a).rotate(_d(b), context=self)

    def is_canonical(self, a):
        return _d(a).is_canonical()

    def is_finite(self, a):
        return _d(a).is_finite()

    def is_infinite(self, a):
        return _d(a).is_infinite()

    def is_nan(self, a):
        return _d(a).is_nan()

    def is_qnan(self, a):
        return _d(a).is_qnan()

    def is_snan(self, a):
        return _d(a).is_snan()

    def is_normal(self, a):
        return _d(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _d(a).is_subnormal(context=self)

    def radix(self):
        return Decimal(10)


try:
    from threading import local as _local
    _state = _local()
except ImportError:  # no threading module yet: one context for the whole interpreter
    class _Holder:
        pass
    _state = _Holder()


def _context(context):
    # the C implementation's CONVERT_CONTEXT: None means the thread's context
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


_ROUNDING_MESSAGE = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')


def _rounding(rounding):
    if rounding is not None and rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MESSAGE)
    return rounding


def getcontext():
    ctx = getattr(_state, 'context', None)
    if ctx is None:
        ctx = DefaultContext.copy()
        _state.context = ctx
    return ctx


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _state.context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


# ---------------------------------------------------------------- parsing

def _parse(s):
    """(sign, coefficient, exponent, special) from a numeric string, or None."""
    s = s.strip().replace('_', '') if '_' not in s.strip()[:1] else None
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for tag, prefix in (('n', 'nan'), ('N', 'snan')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload) if payload else 0, 0, tag
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        e = low[epos + 1:]
        s = s[:epos]
        if e[:1] in '+-':
            digits = e[1:]
        else:
            digits = e
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        exp = int(e)
    intpart, dot, frac = s.partition('.')
    if not intpart and not frac:
        return None
    for part in (intpart, frac):
        if part and not (part.isdigit() and part.isascii()):
            return None
    return sign, int(intpart + frac), exp - len(frac), None


def _d(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)


def _digits(n):
    return len(_digits_of(n)) if n else 1


def _new(sign, coeff, exp, special=None):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coeff
    self._exp = exp
    self._special = special
    return self


def _round_coeff(coeff, drop, sign, rounding):
    """coeff with its last `drop` digits removed, rounded; returns (new coefficient, inexact)."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    p = 10 ** drop
    q, r = divmod(coeff, p)
    if r == 0:
        return q, False
    half = p // 2
    up = False
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


class Decimal:
    """Decimal(value='0', context=None): an exact decimal number, or Infinity/NaN."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                parsed = (0, 0, 0, 'n')
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            # CPython records (or, when trapped, raises) FloatOperation for Decimal(float);
            # the explicit from_float() does not
            ctx = _context(context)
            ctx.flags[FloatOperation] = True
            if ctx.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            coeff = 0
            for dgt in digits:
                if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + dgt
            self._sign = sign
            self._int = coeff
            if exp in ('F', 'n', 'N'):
                self._exp = 0
                self._special = exp
            else:
                if not isinstance(exp, int):
                    raise ValueError('exponent must be an integer')
                self._exp = exp
                self._special = None
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isinf(f) or _math.isnan(f):
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            d = _new(sign, 0, 0, 'F' if _math.isinf(f) else 'n')
        else:
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # ------------------------------------------------------------ basics

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._isnan()

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        return self._special is None and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        return self._special is None and self._int != 0 and self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in _digits_of(self._int)) if self._int or not self._special else ()
        if self._special in ('n', 'N') and self._int == 0:
            digits = ()
        if self._special == 'F':
            digits = (0,)
        exp = self._special if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._special:
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        return _new(_d(other)._sign, self._int, self._exp, self._special)

    def canonical(self):
        return self

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ------------------------------------------------------------ strings

    def __str__(self, eng=False, context=None):
        _context(context)  # CPython checks the context before the operands
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            payload = _digits_of(self._int) if self._int else ''
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + payload
        coeff = _digits_of(self._int)
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            ctx = _context(context)
            exp = ['e', 'E'][ctx.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        _context(context)  # CPython checks the context before the operands
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        return _format_decimal(self, specifier, ctx)

    # ------------------------------------------------------------ rounding to a context

    def _fix(self, ctx):
        """Round to ctx.prec digits and check the exponent limits (CPython: _fix)."""
        if self._special:
            if self._special == 'N':
                ctx._raise(InvalidOperation)
                return _new(self._sign, self._int, 0, 'n')
            return self
        prec = ctx.prec
        n = _digits(self._int)
        etiny = ctx.Emin - prec + 1
        etop = ctx.Emax - prec + 1
        if self._int == 0:
            exp_max = ctx.Emax if ctx.clamp == 0 else etop
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                ctx._raise(Clamped)
                return _new(self._sign, 0, new_exp)
            return self
        exp_min = len(_digits_of(self._int)) + self._exp - prec
        if exp_min > etop and self.adjusted() > ctx.Emax:
            return self._overflow(ctx)
        self_is_subnormal = exp_min < etiny
        if self_is_subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            drop = exp_min - self._exp
            coeff, inexact = _round_coeff(self._int, drop, self._sign, ctx.rounding)
            exp = exp_min
            if _digits(coeff) > prec:
                coeff //= 10
                exp += 1
            if exp > etop:
                return self._overflow(ctx)
            conditions = [Rounded]
            if self_is_subnormal:
                conditions.append(Subnormal)
                if inexact:
                    conditions.append(Underflow)
            if inexact:
                conditions.append(Inexact)
            if coeff == 0 and self_is_subnormal:
                conditions.append(Clamped)
            ctx._raise_many(conditions)
            return _new(self._sign, coeff, exp)
        if self_is_subnormal:
            ctx._raise(Subnormal)
        if ctx.clamp == 1 and self._exp > etop:
            ctx._raise(Clamped)
            pad = self._exp - etop
            return _new(self._sign, self._int * 10 ** pad, etop)
        return self

    def _overflow(self, ctx):
        ctx._raise_many([Overflow, Inexact, Rounded])
        r = ctx.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                (r == ROUND_CEILING and self._sign == 0) or (r == ROUND_FLOOR and self._sign == 1):
            return _new(self._sign, 0, 0, 'F')
        return _new(self._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)

    # ------------------------------------------------------------ arithmetic

    def _nan_check(self, other, ctx):
        for x in (self, other):
            if x is not None and x._special == 'N':
                ctx._raise(InvalidOperation)
                return _new(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    def __add__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '+', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if self._special or other._special:
            nan = self._nan_check(other, ctx)
            if nan is not None:
                return nan
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    ctx._raise(InvalidOperation)
                    return _new(0, 0, 0, 'n')
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        s = a + b
        if s == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) \
                else 0
            return _new(sign, 0, exp)._fix(ctx)
        return _new(1 if s < 0 else 0, abs(s), exp)._fix(ctx)

    def __radd__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '+', self, True)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '-', self)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '-', self, True)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '*', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_check(other, ctx)
            if nan is not None:
                return nan
            if (self._special == 'F' and other.is_zero()) or (other._special == 'F' and self.is_zero()):
                ctx._raise(InvalidOperation)
                return _new(0, 0, 0, 'n')
            return _new(sign, 0, 0, 'F')
        return _new(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    def __rmul__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '*', self, True)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '/', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_check(other, ctx)
            if nan is not None:
                return nan
            if self._special == 'F' and other._special == 'F':
                ctx._raise(InvalidOperation)
                return _new(0, 0, 0, 'n')
            if self._special == 'F':
                return _new(sign, 0, 0, 'F')
            return _new(sign, 0, ctx.Etiny())._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                return _new(0, 0, 0, 'n')
            ctx._raise(DivisionByZero)
            return _new(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _new(sign, 0, ideal)._fix(ctx)
        # enough digits for prec + 1, then a sticky digit for correct rounding
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            # exact: strip trailing zeros back toward the ideal exponent
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '/', self, True)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, ctx):
        """(integer quotient, remainder) as Decimals, CPython's decimal semantics (truncating)."""
        sign = self._sign ^ other._sign
        expdiff = self._exp - other._exp
        a = self._int * 10 ** max(expdiff, 0)
        b = other._int * 10 ** max(-expdiff, 0)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec and q:
            ctx._raise(DivisionImpossible)
            nan = _new(0, 0, 0, 'n')
            return nan, nan
        rem_exp = min(self._exp, other._exp)
        return _new(sign, q, 0), _new(self._sign, r, rem_exp)._fix(ctx)

    def _div_checks(self, other, ctx, op):
        if self._special or other._special:
            nan = self._nan_check(other, ctx)
            if nan is not None:
                return nan, nan
            if self._special == 'F':
                ctx._raise(InvalidOperation)
                nan = _new(0, 0, 0, 'n')
                return nan, nan
            return _new(self._sign ^ other._sign, 0, 0), self._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                nan = _new(0, 0, 0, 'n')
                return nan, nan
            if op == '%':
                ctx._raise(InvalidOperation)
                nan = _new(0, 0, 0, 'n')
                return nan, nan
            inf = _new(self._sign ^ other._sign, 0, 0, 'F')
            if op == 'divmod':
                # libmpdec reports both conditions of x divmod 0 at once (mpd_qdivmod), so
                # the trapped InvalidOperation is raised, listing both signals
                ctx._raise_many([DivisionByZero, InvalidOperation])
                return inf, _new(0, 0, 0, 'n')
            ctx._raise(DivisionByZero)
            return inf, inf
        return None

    def __floordiv__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '//', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        special = self._div_checks(other, ctx, '//')
        if special:
            return special[0]
        return self._divide(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '//', self, True)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '%', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        special = self._div_checks(other, ctx, '%')
        if special:
            return special[1]
        return self._divide(other, ctx)[1]

    def __rmod__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '%', self, True)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, 'divmod()', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        special = self._div_checks(other, ctx, 'divmod')
        if special:
            return special
        return self._divide(other, ctx)

    def __rdivmod__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, 'divmod()', self, True)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def remainder_near(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        ctx = _context(context)
        if not other._special and not other._int and not self._special:
            # x % 0 (and 0 % 0) is an invalid operation in the specification, not a Python error
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if self._special or other._special:
            return self._div_checks(other, ctx, '%')[1]
        # The remainder is exact before its one rounding (CPython: mpd_qrem_near), so it is
        # worked out on aligned integer coefficients, not with rounded Decimal subtraction.
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec and q:
            ctx._raise(DivisionImpossible)
            return _new(0, 0, 0, 'n')
        sign = self._sign
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r = b - r
            sign ^= 1
        if r == 0:
            sign = self._sign
        return _new(sign, r, e)._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '**', self)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if modulo is not None:
            return self._power_modulo(other, _d(modulo), ctx)
        if self._special or other._special:
            nan = self._nan_check(other, ctx)
            if nan is not None:
                return nan
            return Decimal(float(self) ** float(other))._fix(ctx)
        if not self._int:
            return self._zero_power(other, ctx)
        if other._exp >= 0 or other._int % 10 ** (-other._exp) == 0:
            n = int(other)
            if n != 0:
                r = self._power_out_of_range(n, ctx)
                if r is None:
                    r = self._integer_power(n, ctx)
                if r is not None:
                    return r
            if n >= 0:
                r = _new(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
                return r._fix(ctx)
            if self._int == 0:
                ctx._raise(DivisionByZero)
                return _new(self._sign if (-n) % 2 else 0, 0, 0, 'F')
            with localcontext(ctx) as c2:
                c2.prec = ctx.prec + 3
                c2.traps = {s: False for s in _SIGNALS}
                denom = _new(self._sign if (-n) % 2 else 0, self._int ** (-n), self._exp * (-n))
                r = Decimal(1).__truediv__(denom, context=c2)
            return r._fix(ctx)
        if self._sign:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        return self._fractional_power(other, ctx)

    def _power_out_of_range(self, n, ctx):
        # CPython: _qcheck_pow_bounds. log10|self| lies in [adjusted, adjusted + 1), which
        # bounds the result's; one surely past Emax overflows, one surely below Etiny
        # underflows, without computing a power of a billion digits.
        digits = _digits(self._int)
        lead = self._int // 10 ** max(digits - 17, 0)
        log10 = _math.log10(lead) + (self._exp + max(digits - 17, 0))
        margin = abs(n) * (abs(log10) + 1) * 1e-12 + 2
        lo, hi = n * log10 - margin, n * log10 + margin
        sign = self._sign if n % 2 else 0
        if lo > ctx.Emax + 1:
            return _new(sign, 1, ctx.Emax + 1)._fix(ctx)
        if hi < ctx.Etiny() - 1:
            return _new(sign, 1, ctx.Etiny() - 2)._fix(ctx)
        return None

    def _integer_power(self, n, ctx):
        # libmpdec's _mpd_qpow_int: square-and-multiply from the top bit, each product rounded
        # half-even to prec + (digits of n) + 2 (one more, for 1/x, when n < 0), then rounded
        # once more to the context. So the last digit can differ from the exact power's, and
        # CPython prints that digit. Work that overflows or underflows gives the context's
        # overflow or underflow result; None (take the exact route) for subnormal work.
        sign = self._sign if n % 2 else 0
        w = ctx.copy()
        w.prec = ctx.prec + _digits(abs(n)) + 2
        w.rounding = ROUND_HALF_EVEN
        w.clamp = 0
        w.traps = {s: False for s in _SIGNALS}
        w.flags = {s: False for s in _SIGNALS}
        base = _new(0, self._int, self._exp)
        if n < 0:
            w.prec += 1
            base = Decimal(1).__truediv__(base, context=w)
            n = -n
        result = base
        for bit in bin(n)[3:]:
            result = result.__mul__(result, context=w)
            if bit == '1':
                result = result.__mul__(base, context=w)
            if result._special or not result._int:
                break
        if w.flags.get(Overflow):
            return _new(sign, 1, ctx.Emax + 1)._fix(ctx)
        if w.flags.get(Underflow) or not result._int:
            return _new(sign, 1, ctx.Etiny() - 2)._fix(ctx)
        if w.flags.get(Subnormal) or w.flags.get(Clamped):
            return None
        return _new(sign, result._int, result._exp)._fix(ctx)

    def _zero_power(self, other, ctx):
        # The specification's power of a zero base (CPython: mpd_qpow / _pydecimal __pow__):
        # 0 ** 0 is invalid; otherwise an exact zero (exponent 0) or an infinity, negative
        # only for a negative zero raised to an odd integer.
        if not other._int:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        odd = other._exp <= 0 and other._int % 10 ** (-other._exp) == 0 and (other._int // 10 ** (-other._exp)) % 2 == 1
        sign = self._sign if odd else 0
        return _new(sign, 0, 0, 'F' if other._sign else None)

    def _fractional_power(self, other, ctx):
        """self ** other for self > 0 and a non-integral other: exp(other * ln(self)), correctly rounded."""
        if self._int == 0:
            return _new(0, 0, 0, 'F' if other._sign else None)
        estimate = float(other) * (_math.log10(self._int) + self._exp) * 2.302585092994046
        if estimate > (ctx.Emax + 2) * 2.302585092994046:
            return _new(0, 1, ctx.Emax + 1)._fix(ctx)
        if estimate < (ctx.Etiny() - 2) * 2.302585092994046:
            return _new(0, 1, ctx.Etiny() - 2)._fix(ctx)
        c, e = self._int, self._exp
        yc, ye, ys = other._int, other._exp, other._sign

        def compute(w):
            wl = w + 24 + max(0, _digits(yc) + ye)
            prod = _dmath.ln_fixed(c, e, wl) * yc
            return _dmath.exp_fixed(abs(prod), (prod < 0) != bool(ys), ye - wl, w)
        return _correctly_rounded(ctx, compute)

    def __rpow__(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _convert_other(other, '**', self, True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
        if self.is_zero() and ctx.rounding != ROUND_FLOOR:
            return _new(0, 0, self._exp)._fix(ctx)
        return self.copy_negate()._fix(ctx)

    def __pos__(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
        if self.is_zero() and ctx.rounding != ROUND_FLOOR:
            return _new(0, 0, self._exp)._fix(ctx)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
        r = self.copy_abs()
        return r._fix(ctx) if round else r

    def fma(self, other, third, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        product = _new(self._sign ^ _d(other)._sign, self._int * _d(other)._int, self._exp + _d(other)._exp)
        return product.__add__(_d(third), context=ctx)

    # ------------------------------------------------------------ comparisons and hashing

    def _cmp_key(self):
        """An exact value usable for ordering: a Fraction-like (num, den) pair or +-inf."""
        if self._special == 'F':
            return _math.inf if not self._sign else -_math.inf
        n, d = self.as_integer_ratio()
        return n, d

    def _compare(self, other):
        # returns -1, 0, 1; other is a Decimal with no NaN
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (1 if not self._sign else -1)
            b = 0 if other._special != 'F' else (1 if not other._sign else -1)
            if a == b:
                return 0 if a != 0 else 0
            if a or b:
                if a and b:
                    return (a > b) - (a < b)
                if a:
                    return a
                return -b
        # by sign, then by adjusted exponent, and only then by the digits aligned on the smaller
        # exponent: never a power of ten as large as the exponents' gap (1E-1000026 vs 1)
        s1 = 0 if not self._int else (-1 if self._sign else 1)
        s2 = 0 if not other._int else (-1 if other._sign else 1)
        if s1 != s2 or s1 == 0:
            return (s1 > s2) - (s1 < s2)
        a1, a2 = self.adjusted(), other.adjusted()
        if a1 != a2:
            r = 1 if a1 > a2 else -1
        else:
            e = min(self._exp, other._exp)
            c1 = self._int * 10 ** (self._exp - e)
            c2 = other._int * 10 ** (other._exp - e)
            r = (c1 > c2) - (c1 < c2)
        return r if s1 > 0 else -r

    def _comparable(self, other, op):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if op not in ('==', '!=') and ctx.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational):
            return other
        if isinstance(other, complex) and other.imag == 0 and op in ('==', '!='):
            return self._comparable(other.real, op)
        return NotImplemented

    def _rich(self, other, op):
        other = self._comparable(other, op)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            # a Fraction: compare exactly
            if self._special:
                if self._isnan():
                    return op == '!='
                return {'==': False, '!=': True}.get(op, (op in ('>', '>=')) != bool(self._sign))
            n, d = self.as_integer_ratio()
            x, y = n * other.denominator, other.numerator * d
            c = (x > y) - (x < y)
        else:
            if self._isnan() or other._isnan():
                if op in ('==', '!='):
                    if self._special == 'N' or other._special == 'N':
                        getcontext()._raise(InvalidOperation)
                    return op == '!='
                getcontext()._raise(InvalidOperation)
                return False
            c = self._compare(other)
        return {'==': c == 0, '!=': c != 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0}[op]

    def __eq__(self, other):
        return self._rich(other, '==')

    def __ne__(self, other):
        return self._rich(other, '!=')

    def __lt__(self, other):
        return self._rich(other, '<')

    def __le__(self, other):
        return self._rich(other, '<=')

    def __gt__(self, other):
        return self._rich(other, '>')

    def __ge__(self, other):
        return self._rich(other, '>=')

    def compare(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        ctx = _context(context)
        if self._isnan() or other._isnan():
            return self._nan_check(other, ctx)
        return Decimal(self._compare(other))

    def compare_total(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        c = self._compare(other) if not (self._isnan() or other._isnan()) else 0
        if c == 0:
            c = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                c = -c
        return Decimal(c)

    def max(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        ctx = _context(context)
        if self._isnan() or other._isnan():
            if self._isnan() and other._isnan():
                return self._nan_check(other, ctx)
            return (other if self._isnan() else self)._fix(ctx)
        c = self._compare(other)
        if c == 0:
            c = int(self.compare_total(other))
        return (self if c >= 0 else other)._fix(ctx)

    def min(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        ctx = _context(context)
        if self._isnan() or other._isnan():
            if self._isnan() and other._isnan():
                return self._nan_check(other, ctx)
            return (other if self._isnan() else self)._fix(ctx)
        c = self._compare(other)
        if c == 0:
            c = int(self.compare_total(other))
        return (self if c <= 0 else other)._fix(ctx)

    def __hash__(self):
        # CPython: Decimal.__hash__, equal to the hash of an equal int, float or Fraction
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        hash_ = self._int * exp_hash % modulus
        ans = hash_ if self._sign == 0 else -hash_
        return -2 if ans == -1 else ans

    # ------------------------------------------------------------ conversions

    def __int__(self):
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** -self._exp)

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._isnan():
                if self._special == 'N':
                    raise ValueError('cannot convert signaling NaN to float')
                return -_math.nan if self._sign else _math.nan
            return -_math.inf if self._sign else _math.inf
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def _power_modulo(self, other, modulo, ctx):
        """pow(self, other, modulo), as _pydecimal's _power_modulo: integers only, the result
        exact (never rounded) with the base's sign when the exponent is odd."""
        operands = (self, other, modulo)
        for x in operands:
            if x._special == 'N':
                ctx._raise(InvalidOperation)
                return _new(x._sign, x._int, 0, 'n')
        for x in operands:
            if x._special == 'n':
                return x
        if not all(x._special is None and (x._exp >= 0 or x._int % 10 ** (-x._exp) == 0)
                   for x in operands):
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        e = int(other)
        if e < 0 or not modulo._int or modulo.adjusted() >= ctx.prec or (not e and not self._int):
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        m = abs(int(modulo))
        return _new(self._sign if e % 2 else 0, pow(abs(int(self)) % m, e, m), 0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            exp = _new(0, 1, -n)
            return self.quantize(exp)
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def _rescale(self, exp, rounding):
        """Self with exponent exp, rounded by `rounding` (no context checks)."""
        if self._special:
            return self
        if self._exp >= exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff, _ = _round_coeff(self._int, exp - self._exp, self._sign, rounding)
        return _new(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        _context(context)  # CPython checks the context before the operands
        rounding = _rounding(rounding)
        exp = _d(exp)
        ctx = _context(context)
        rounding = rounding or ctx.rounding
        if self._special or exp._special:
            nan = self._nan_check(exp, ctx)
            if nan is not None:
                return nan
            if self._special == 'F' and exp._special == 'F':
                return self
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if not (ctx.Etiny() <= exp._exp <= ctx.Emax):
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        ans = self._rescale(exp._exp, rounding)
        if _digits(ans._int) > ctx.prec:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if ans.adjusted() > ctx.Emax:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if ans._exp > self._exp:
            if ans != self:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        return ans

    def same_quantum(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        if self._special or other._special:
            return (self._isnan() and other._isnan()) or (self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        _context(context)  # CPython checks the context before the operands
        rounding = _rounding(rounding)
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        _context(context)  # CPython checks the context before the operands
        rounding = _rounding(rounding)
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        ans = self._rescale(0, rounding or ctx.rounding)
        if ans != self:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
        return ans

    def normalize(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            return nan if nan is not None else self
        dup = self._fix(ctx)
        if dup._special or dup._int == 0:
            return _new(dup._sign, 0, 0) if not dup._special else dup
        coeff, exp = dup._int, dup._exp
        while coeff % 10 == 0 and exp < ctx.Emax:
            coeff //= 10
            exp += 1
        return _new(dup._sign, coeff, exp)

    def scaleb(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        other = _d(other)
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        # the specification's range for the scale: an integer within 2 * (Emax + prec)
        limit = 2 * (ctx.Emax + ctx.prec)
        if other._special or other._exp != 0 or not -limit <= int(other) <= limit:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if self._special:
            return self
        return _new(self._sign, self._int, self._exp + int(other))._fix(ctx)

    def shift(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        other = _d(other)
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0 or not -ctx.prec <= int(other) <= ctx.prec:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if self._special:
            return self
        n = int(other)
        coeff = self._int * 10 ** n if n >= 0 else self._int // 10 ** -n
        return _new(self._sign, coeff % 10 ** ctx.prec, self._exp)

    # ------------------------------------------------------------ neighbours, magnitudes, digit-wise ops

    def next_plus(self, context=None):
        """The smallest number the context can represent that is larger than self."""
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _new(1, 10 ** ctx.prec - 1, ctx.Etop())
            return self
        quiet = ctx.copy()
        quiet.rounding = ROUND_CEILING
        quiet.traps = {s: False for s in _SIGNALS}
        fixed = self._fix(quiet)
        if fixed._compare(self) != 0:
            return fixed
        if self._int == 0:
            return _new(0, 1, ctx.Etiny())
        e = max(self.adjusted() - ctx.prec + 1, ctx.Etiny())
        c = self._int * 10 ** (self._exp - e) if self._exp >= e else self._int // 10 ** (e - self._exp)
        if self._sign and c == 10 ** (ctx.prec - 1) and e > ctx.Etiny():
            e -= 1  # -1000 steps up to -999.9...: one more digit below the power of ten
            c *= 10
        v = -c + 1 if self._sign else c + 1
        # a step to zero keeps self's sign: libmpdec adds a tenth of the last unit, then rounds
        return _new(1 if v < 0 or (v == 0 and self._sign) else 0, abs(v), e)._fix(quiet)

    def next_minus(self, context=None):
        """The largest number the context can represent that is smaller than self."""
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special == 'n' or self._special == 'N':
            return self._nan_check(None, ctx)
        return self.copy_negate().next_plus(ctx).copy_negate()

    def next_toward(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        ctx = _context(context)
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        c = self._compare(other)
        if c == 0:
            return self.copy_sign(other)
        return self.next_plus(ctx) if c < 0 else self.next_minus(ctx)

    def max_mag(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        c = self.copy_abs()._compare(other.copy_abs()) if not (self._isnan() or other._isnan()) else 0
        if c == 0:
            return self.max(other, context)
        return (self if c > 0 else other)._fix(_context(context))

    def min_mag(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        c = self.copy_abs()._compare(other.copy_abs()) if not (self._isnan() or other._isnan()) else 0
        if c == 0:
            return self.min(other, context)
        return (self if c < 0 else other)._fix(_context(context))

    def compare_total_mag(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        return self.copy_abs().compare_total(_d(other).copy_abs())

    def compare_signal(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        other = _d(other)
        ctx = _context(context)
        if self._isnan() or other._isnan():
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        return self.compare(other, ctx)

    def _logical_digits(self, ctx):
        """self's digits padded to ctx.prec, or None when self is not a logical operand (0s and 1s)."""
        if self._special or self._sign or self._exp != 0:
            return None
        digits = _digits_of(self._int)
        if len(digits) > ctx.prec or set(digits) - {'0', '1'}:
            return None
        return digits.rjust(ctx.prec, '0')

    def _logical(self, other, ctx, op):
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx) if other is not None else '0' * ctx.prec
        if a is None or b is None:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        return Decimal(int(''.join(op(x, y) for x, y in zip(a, b))))

    def logical_and(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        return self._logical(_d(other), _context(context), lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        return self._logical(_d(other), _context(context), lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        return self._logical(_d(other), _context(context), lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        _context(context)  # CPython checks the context before the operands
        return self._logical(None, _context(context), lambda x, y: '0' if x == '1' else '1')

    def rotate(self, other, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        other = _d(other)
        nan = self._nan_check(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0 or not -ctx.prec <= int(other) <= ctx.prec:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if self._special:
            return self
        n = int(other) % ctx.prec
        digits = _digits_of(self._int)[-ctx.prec:].rjust(ctx.prec, '0')
        return _new(self._sign, int(digits[n:] + digits[:n]), self._exp)

    def logb(self, context=None):
        _context(context)  # CPython checks the context before the operands
        if self._special == 'F':
            return _new(0, 0, 0, 'F')
        if self.is_zero():
            (_context(context))._raise(DivisionByZero)
            return _new(1, 0, 0, 'F')
        return Decimal(self.adjusted())

    def number_class(self, context=None):
        _context(context)  # CPython checks the context before the operands
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def sqrt(self, context=None):
        _context(context)  # CPython checks the context before the operands
        # correctly rounded square root (CPython: Decimal.sqrt), ideal exponent floor(exp / 2)
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._raise(InvalidOperation)
                return _new(0, 0, 0, 'n')
            return self
        if self._int == 0:
            return _new(self._sign, 0, self._exp // 2)._fix(ctx)
        if self._sign:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        prec = ctx.prec + 1
        e = self._exp >> 1
        c = self._int
        if self._exp & 1:
            c *= 10
            l = (_digits(self._int) >> 1) + 1
        else:
            l = (_digits(self._int) + 1) >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _new(0, n, e)
        with localcontext(ctx) as c2:
            c2.rounding = ROUND_HALF_EVEN
            res = ans._fix(c2)
        if not exact:
            ctx._raise(Inexact)
            ctx._raise(Rounded)
        return res

    def exp(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
            return Decimal(0) if self._sign else self
        if self._int == 0:
            return Decimal(1)
        # far outside the exponent range: skip the series (libmpdec does the same)
        magnitude = self.adjusted()
        if magnitude > len(str(ctx.Emax)) + 1:
            if not self._sign:
                return _new(0, 1, ctx.Emax + 1)._fix(ctx)
            return _new(0, 1, ctx.Etiny() - 2)._fix(ctx)
        c, e, sign = self._int, self._exp, self._sign
        return _correctly_rounded(ctx, lambda w: _dmath.exp_fixed(c, sign, e, w))

    def ln(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        early = self._log_special(ctx)
        if early is not None:
            return early
        c, e = self._int, self._exp
        return _correctly_rounded(ctx, lambda w: (_dmath.ln_fixed(c, e, w), -w), self._near_one())

    def log10(self, context=None):
        _context(context)  # CPython checks the context before the operands
        ctx = _context(context)
        early = self._log_special(ctx)
        if early is not None:
            return early
        if self._int == 10 ** (_digits(self._int) - 1):
            return Decimal(self.adjusted())
        c, e = self._int, self._exp

        def compute(w):
            ln = _dmath.ln_fixed(c, e, w + 5)
            return ln * 10 ** (w + 5) // _dmath.ln10(w + 5) // 10 ** 5, -w
        return _correctly_rounded(ctx, compute, self._near_one())

    def _log_special(self, ctx):
        """The result of ln or log10 when it needs no series: NaN, zero, negative, infinity, one."""
        if self._special:
            nan = self._nan_check(None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                ctx._raise(InvalidOperation)
                return _new(0, 0, 0, 'n')
            return self
        if self._int == 0:
            return _new(1, 0, 0, 'F')
        if self._sign:
            ctx._raise(InvalidOperation)
            return _new(0, 0, 0, 'n')
        if self._exp <= 0 and self._int == 10 ** -self._exp:
            return Decimal(0)
        return None

    def _near_one(self):
        """How many leading digits of the logarithm are zeros: -adjusted(self - 1), at least 0."""
        if self._exp >= 0:
            return 0
        diff = abs(self._int - 10 ** -self._exp)
        return max(0, -(_digits(diff) - 1 + self._exp))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _correctly_rounded(ctx, compute, lost_digits=0):
    """Round a transcendental result to ctx (always half-even, as libmpdec does for exp, ln, log10, **).

    compute(w) gives (V, e): the true value lies within _dmath.ERROR units of V at 10**e. Working
    digits grow until both ends of that interval round to the same Decimal."""
    final = ctx.copy()
    final.rounding = ROUND_HALF_EVEN
    final.flags = ctx.flags
    final.traps = ctx.traps
    w = ctx.prec + 12 + lost_digits
    for tries in range(4):
        v, e = compute(w)
        sign = 1 if v < 0 else 0
        trial = ctx.copy()
        trial.rounding = ROUND_HALF_EVEN
        trial.traps = {s: False for s in _SIGNALS}
        lo = _new(sign, abs(v) - _dmath.ERROR, e)._fix(trial)
        hi = _new(sign, abs(v) + _dmath.ERROR, e)._fix(trial)
        if abs(v) > _dmath.ERROR and lo._int == hi._int and lo._exp == hi._exp and lo._special == hi._special:
            break
        w += ctx.prec + 10
    else:
        # still straddling after every try: the value is (almost surely) exactly the halfway point
        # between lo and hi, which half-even rounds to the one with an even last digit
        result = (lo if lo._int % 2 == 0 else hi)._fix(final)
        final._raise_many([Inexact, Rounded])
        return result
    result = _new(sign, abs(v), e)._fix(final)
    final._raise_many([Inexact, Rounded])
    return result


def _convert_other(other, op, self, reflected=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, (float, complex)) or isinstance(other, _numbers.Rational):
        names = ("'%s' and 'decimal.Decimal'" % type(other).__name__) if reflected else \
            ("'decimal.Decimal' and '%s'" % type(other).__name__)
        if op == 'divmod()':
            raise TypeError('unsupported operand type(s) for divmod(): ' + names)
        if op == '**':
            raise TypeError('unsupported operand type(s) for ** or pow(): ' + names)
        raise TypeError('unsupported operand type(s) for %s: %s' % (op, names))
    return NotImplemented


_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                                                                Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# CPython's Decimal and Context are C types: its messages call them by their tp_name
import _weft_stdlib
_weft_stdlib.set_type_name(Decimal, 'decimal.Decimal')
_weft_stdlib.set_type_name(Context, 'decimal.Context')
# and report bad arguments as its PyArg_ParseTupleAndKeywords does ("function missing required
# argument 'exp' (pos 1)"): (names, index of the first optional one)
for _names, _required in (('__new__ to_integral to_integral_value to_integral_exact exp ln log10 logb '
                           'logical_invert next_minus next_plus normalize number_class sqrt to_eng_string '
                           'is_normal is_subnormal __round__', 0),
                          ('compare compare_signal compare_total compare_total_mag copy_sign logical_and '
                           'logical_or logical_xor max max_mag min min_mag next_toward remainder_near rotate '
                           'same_quantum scaleb shift quantize', 1), ('fma', 2)):
    for _name in _names.split():
        _f = getattr(Decimal.__dict__[_name], '__func__', Decimal.__dict__[_name])  # __new__: a staticmethod
        _weft_stdlib.c_signature(_f, None, _required, None)
_weft_stdlib.c_signature(Context.__init__, None, 0, None)
del _weft_stdlib, _names, _required, _name, _f

# C code in CPython (_datetime, _decimal): tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
