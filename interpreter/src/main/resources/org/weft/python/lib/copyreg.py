"""Helpers that pickle and copy use to reduce objects, and the registries they consult.

Weft's own implementation, following CPython 3.11's documented behaviour. The interpreter's
object.__reduce_ex__ is a stub that refuses; _default_reduce_ex() below is the real default reduction
(CPython's object___reduce_ex___impl with reduce_newobj and copyreg._reduce_ex), used by pickle.
"""

import _weft_stdlib
import _thread

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# The registries are module state shared by every thread: dict item assignment is atomic, and the
# extension functions hold _lock so the two inverse maps never disagree.
dispatch_table = {}
_extension_registry = {}   # (module, qualname) -> code
_inverted_registry = {}    # code -> (module, qualname)
_extension_cache = {}      # code -> object
_lock = _thread.RLock()


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)

_HEAPTYPE = 1 << 9


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__, to pass keyword arguments to __new__."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases, mangled as attribute names; cached on cls."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            name = "_%s%s" % (stripped, name)
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Extension codes (pickle protocol 2 EXT1/EXT2/EXT4): a private agreement between picklers.

def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    with _lock:
        if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
            return
        if key in _extension_registry:
            raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
        if code in _inverted_registry:
            raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
        _extension_registry[key] = code
        _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    with _lock:
        if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
            raise ValueError("key %s is not registered with code %s" % (key, code))
        del _extension_registry[key]
        del _inverted_registry[code]
        _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# --- the default reduction (object.__reduce_ex__) -------------------------------------------

# Built-in bases whose instances are fully described by their constructor arguments or by the
# list/dict items that _default_reduce_ex emits; instances of any other non-heap base hold hidden state.
_PLAIN_BASES = (object, int, float, complex, str, bytes, tuple, list, dict, BaseException)
_object_reduce = object.__reduce__
_object_reduce_ex = object.__reduce_ex__


def _default_reduce_ex(obj, protocol):
    """What object.__reduce_ex__(obj, protocol) returns in CPython 3.11."""
    cls = type(obj)
    override = getattr(cls, "__reduce__", _object_reduce)
    if override is not _object_reduce:
        return obj.__reduce__()
    if cls is _BuiltinFunction or cls is _Method:
        return _reduce_function(obj)
    if cls in _DESCRIPTORS:
        # CPython's method_descriptor and wrapper_descriptor reductions
        return getattr, (obj.__objclass__, obj.__name__)
    if protocol >= 2:
        return _reduce_newobj(obj, cls)
    return _reduce_ex(obj, protocol)


_BuiltinFunction = type(len)


class _C:
    def m(self):
        pass


_Method = type(_C().m)
_DESCRIPTORS = frozenset(type(d) for d in (str.upper, object.__init__, dict.__dict__["fromkeys"])
                         if hasattr(d, "__objclass__"))
del _C


def _reduce_function(f):
    """CPython's builtin_function_or_method and method reductions: a global name, or getattr(self, name)."""
    owner = f.__self__
    if type(f) is _BuiltinFunction and (owner is None or type(owner) is type(_weft_stdlib)):
        return f.__qualname__
    return getattr, (owner, f.__name__)


def _reduce_any(obj, protocol):
    """obj.__reduce_ex__(protocol), with Weft's stub object.__reduce_ex__ replaced by _default_reduce_ex."""
    cls = type(obj)
    if getattr(cls, "__reduce_ex__", _object_reduce_ex) is _object_reduce_ex:
        return _default_reduce_ex(obj, protocol)
    return obj.__reduce_ex__(protocol)


def _solid_base(cls):
    for base in cls.__mro__:
        if not _weft_stdlib.is_heap_type(base):
            return base
    return object


def _type_name(cls):
    """CPython's tp_name: a type written in C (here, Java) outside builtins carries its module."""
    module = getattr(cls, "__module__", "builtins")
    if _weft_stdlib.is_heap_type(cls) or module in ("builtins", None):
        return cls.__name__
    return "%s.%s" % (module, cls.__name__)


def _cannot_pickle(cls):
    return TypeError("cannot pickle '%s' object" % _type_name(cls))


def _reduce_newobj(obj, cls):
    """CPython: reduce_newobj in typeobject.c."""
    if getattr(cls, "__new__", None) is None:
        raise _cannot_pickle(cls)
    args, kwargs = _getnewargs(obj, cls)
    base = _solid_base(cls)
    has_args = args is not None
    if args is None:
        args = ()
        if base in (int, float, complex, str, bytes, tuple) or issubclass(base, (int, float, str, bytes, tuple)):
            # CPython's int/str/tuple/... define __getnewargs__; Weft's may not on every type
            args = (_plain_value(obj, base),)
            has_args = True
    if not kwargs:
        func, newargs = __newobj__, (cls,) + tuple(args)
    else:
        func, newargs = __newobj_ex__, (cls, tuple(args), kwargs)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    required = not has_args and listitems is None and dictitems is None
    state = _getstate(obj, cls, base, required)
    return func, newargs, state, listitems, dictitems


def _plain_value(obj, base):
    for b in (bool, int, float, complex, str, bytes, tuple):
        if isinstance(obj, b):
            return b(obj)
    return base(obj)


def _getnewargs(obj, cls):
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(result).__name__)
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(result))
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    return None, None


def _getstate(obj, cls, base, required):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getattr(getstate, "__qualname__", "") != "object.__getstate__":
        return obj.__getstate__()
    if required and base not in _PLAIN_BASES and not issubclass(base, BaseException):
        raise _cannot_pickle(cls)
    state = getattr(obj, "__dict__", None)
    state = dict(state) if state else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _reduce_ex(self, proto):
    """The protocol 0 and 1 default reduction: _reconstructor(cls, base, state)."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not _weft_stdlib.is_heap_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls or base not in _PLAIN_BASES:
            raise _cannot_pickle(cls)
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getattr(getstate, "__qualname__", "") != "object.__getstate__":
        d = self.__getstate__()
    else:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        d = getattr(self, "__dict__", None)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args
