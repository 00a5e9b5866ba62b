"""Generic (shallow and deep) copying operations. Weft's own implementation.

copy(x) and deepcopy(x[, memo]) use __copy__/__deepcopy__ when a class defines them, copy the
built-in containers directly, and otherwise rebuild the object from __reduce_ex__(4), which for
classes that do not define it is copyreg._reduce_any, the reduction pickle uses too.
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset({type(None), int, float, bool, complex, str, bytes, type, range,
                     type(Ellipsis), type(NotImplemented), _types.BuiltinFunctionType,
                     _types.FunctionType, property, _types.CodeType if hasattr(_types, 'CodeType') else type(None)})


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    # copyreg._reduce_any stands in for the interpreter's object.__reduce_ex__ (shared with pickle): it refuses
    # objects of built-in types whose state Python cannot see, as CPython's copy does
    import copyreg
    try:
        return copyreg._reduce_any(x, 4)
    except AttributeError:
        raise Error("un(shallow)copyable object of type %s" % cls) from None


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        # An atom is its own deep copy and is never in the memo: no call for it, so a list of a
        # million numbers copies in a loop, not a million calls.
        for a in x:
            append(a if type(a) in _ATOMIC else deepcopy(a, memo))
    elif cls is tuple:
        y = [a if type(a) in _ATOMIC else deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x if all(i is j for i, j in zip(x, y)) else tuple(y)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[key if type(key) in _ATOMIC else deepcopy(key, memo)] = (
                value if type(value) in _ATOMIC else deepcopy(value, memo))
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
