"""cmath: mathematical functions for complex numbers (weft's own implementation).

Finite arguments follow the same formulas as CPython's cmathmodule.c (Kahan's branch cuts), so
results agree with it to the last bit in the common cases; infinities and NaNs get IEEE-reasonable
results but not every entry of CPython's special-value tables. Pure functions, no state.
"""
import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf', 'infj',
           'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar',
           'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE_DOUBLE = 1.7976931348623157e308 / 4.0
_SQRT_LARGE_DOUBLE = _m.sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = _m.log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = _m.sqrt(2.2250738585072014e-308)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    t = type(z)
    if hasattr(t, '__complex__'):
        r = t.__complex__(z)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(r).__name__)
        return r
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z) if hasattr(t, '__float__') else t.__index__(z), 0.0)
    raise TypeError('must be real number, not %s' % t.__name__)


_NO_ARG = object()


def _domain():
    return ValueError('math domain error')


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError('math range error')
    return r, _m.atan2(z.imag, z.real)


def _real(x):
    # the clinic's 'd' converter (PyFloat_AsDouble): no strings, unlike float()
    if isinstance(x, (int, float)):
        return float(x)
    t = type(x)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x) if hasattr(t, '__float__') else float(t.__index__(x))
    raise TypeError('must be real number, not %s' % t.__name__)


def rect(r, phi):
    r = _real(r)
    phi = _real(phi)
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        re = _m.copysign(inf, _m.cos(phi)) if r > 0 else -_m.copysign(inf, _m.cos(phi))
        im = _m.copysign(inf, _m.sin(phi)) if r > 0 else -_m.copysign(inf, _m.sin(phi))
        return complex(re, im)
    if phi == 0.0 and not _m.isnan(r):
        return complex(r, phi * r if _m.isfinite(r) else phi)
    if _m.isinf(phi) and _m.isfinite(r) and r != 0.0:
        raise _domain()
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a=_NO_ARG, b=_NO_ARG, *, rel_tol=1e-09, abs_tol=0.0):
    # the clinic's words for a missing argument
    if a is _NO_ARG:
        raise TypeError("isclose() missing required argument 'a' (pos 1)")
    if b is _NO_ARG:
        raise TypeError("isclose() missing required argument 'b' (pos 2)")
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def sqrt(z):
    # CPython: cmath_sqrt_impl
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, _m.copysign(0.0, y) if not _m.isnan(y) else nan)
            return complex(nan if _m.isnan(y) else 0.0, _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            l = 0.0 if x < 0 else inf
            return complex(l * _m.cos(y), l * _m.sin(y))
        if _m.isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _m.isinf(x) and y == 0.0:
            return complex(x, y)
        if _m.isinf(x):
            return complex(inf, nan)
        if _m.isnan(x) and y == 0.0:
            return complex(nan, y)
        if _m.isinf(y):
            raise _domain() if _m.isfinite(x) else ValueError('math domain error')
        return complex(nan, nan)
    if x > _LOG_LARGE_DOUBLE:
        l = _m.exp(x - 1.0)
        re, im = l * _m.cos(y) * e, l * _m.sin(y) * e
    else:
        l = _m.exp(x)
        re, im = l * _m.cos(y), l * _m.sin(y)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError('math range error')
    return complex(re, im)


def _log(z):
    r, domain_error = _log_errno(z)
    if domain_error:
        raise _domain()
    return r


def _log_errno(z):
    # CPython's c_log: the result, and whether it set errno to EDOM (only log(0) does).
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x) if not (_m.isnan(x) or _m.isnan(y)) else nan), False
        return complex(nan, nan), False
    ax, ay = abs(x), abs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            return complex(-inf, _m.atan2(y, x)), True
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x)), False


_NO_BASE = object()


def log(x, base=_NO_BASE):
    # CPython's cmath_log_impl: errno is looked at only at the end, and the base's c_log resets
    # it; a division by a zero log (base 1) is a domain error too, not ZeroDivisionError.
    z, domain_error = _log_errno(_c(x))
    if base is not _NO_BASE:
        b, domain_error = _log_errno(_c(base))
        if b == 0:
            domain_error = True
        else:
            z = z / b
    if domain_error:
        raise _domain()
    return z


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)) * _m.copysign(1.0, x))
        if _m.isinf(x) and y == 0.0:
            return complex(inf, _m.copysign(0.0, x) * y if False else (y * _m.copysign(1.0, x)))
        if _m.isinf(y) and _m.isfinite(x):
            if x == 0.0:
                return complex(nan, 0.0)
            raise _domain()
        return complex(inf if _m.isinf(x) else nan, nan)
    if abs(x) > _LOG_LARGE_DOUBLE:
        x1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _m.cosh(x1) * e
        im = _m.sin(y) * _m.sinh(x1) * e
    else:
        re = _m.cos(y) * _m.cosh(x)
        im = _m.sin(y) * _m.sinh(x)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError('math range error')
    return complex(re, im)


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return complex(_m.copysign(inf, _m.cos(y)) * _m.copysign(1.0, x), _m.copysign(inf, _m.sin(y)))
        if _m.isinf(x) and y == 0.0:
            return complex(x, y)
        if _m.isinf(y) and _m.isfinite(x):
            if x == 0.0:
                return complex(x, nan)
            raise _domain()
        return complex(x if _m.isinf(x) else nan, nan)
    if abs(x) > _LOG_LARGE_DOUBLE:
        x1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _m.sinh(x1) * e
        im = _m.sin(y) * _m.cosh(x1) * e
    else:
        re = _m.cos(y) * _m.sinh(x)
        im = _m.sin(y) * _m.cosh(x)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError('math range error')
    return complex(re, im)


def tanh(z):
    # CPython: cmath_tanh_impl
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        if _m.isinf(x):
            return complex(_m.copysign(1.0, x), 0.0)
        if _m.isinf(y) and _m.isfinite(x):
            if x == 0.0:
                return complex(x, nan)
            raise _domain()
        if _m.isnan(x) and y == 0.0:
            return complex(nan, y)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE_DOUBLE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    # CPython: cmath_acos_impl
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isnan(x) or _m.isnan(y):
            if _m.isinf(x):
                return complex(nan, -_m.copysign(inf, y) if not _m.isnan(y) else inf)
            if _m.isinf(y):
                return complex(nan, -y)
            return complex(nan, nan)
        return complex(_m.atan2(abs(y), x) if _m.isinf(x) and _m.isinf(y) else
                       (0.0 if x > 0 else pi) if _m.isinf(x) else pi / 2, -_m.copysign(inf, y))
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        re = _m.atan2(abs(y), x)
        if x < 0:
            im = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            im = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(re, im)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        r = acos(z)
        return complex(abs(r.imag), _m.copysign(r.real, y) if not _m.isnan(r.real) else r.real)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def asinh(z):
    # CPython: cmath_asinh_impl
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isnan(x) or _m.isnan(y):
            if _m.isinf(x):
                return complex(x, nan)
            if _m.isinf(y):
                return complex(inf, nan)
            return complex(nan, nan if y != 0.0 else y)
        if _m.isinf(x) and _m.isinf(y):
            return complex(x, _m.copysign(pi / 4, y))
        if _m.isinf(x):
            return complex(x, _m.copysign(0.0, y))
        return complex(_m.copysign(inf, x), _m.copysign(pi / 2, y))
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        if y >= 0:
            re = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def atanh(z):
    # CPython: cmath_atanh_impl
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(_m.copysign(0.0, x) if not _m.isnan(x) else 0.0, _m.copysign(pi / 2, y)
                           if not _m.isnan(y) else nan)
        return complex(nan, nan)
    if x < 0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atan(z):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


# CPython's cmath functions are C functions: <built-in function sqrt>, METH_O ones reporting
# "cmath.sqrt() takes exactly one argument (0 given)". Ours are wrapped to look the same.
def _wrap_builtins():
    from _weft_stdlib import as_builtin
    import sys
    module = sys.modules[__name__]
    g = globals()
    for name, obj in list(g.items()):
        if not name.startswith('_') and type(obj) is type(_wrap_builtins):
            g[name] = as_builtin(obj, module, True, 'cmath')


_wrap_builtins()
del _wrap_builtins

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
