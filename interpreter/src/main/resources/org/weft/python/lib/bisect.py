"""Bisection algorithms. Weft's own implementation."""


def _check(lo, hi, a):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted (after equals)."""
    hi = _check(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if x < v:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted (before equals)."""
    hi = _check(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        v = a[mid] if key is None else key(a[mid])
        if v < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def _wrap_builtins():
    # CPython's are C functions: <built-in function bisect_right>
    from _weft_stdlib import as_builtin
    import sys
    module = sys.modules[__name__]
    g = globals()
    for name in ('bisect_right', 'bisect_left', 'insort_right', 'insort_left'):
        g[name] = as_builtin(g[name], module)

_wrap_builtins()
del _wrap_builtins

bisect = bisect_right
insort = insort_right
