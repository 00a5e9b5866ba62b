"""Context variables (PEP 567): values that follow the logical flow of a program.

Each OS thread has its own current Context (a new thread starts with an empty one,
as in CPython 3.11).  A Context maps ContextVar -> value.  Its mapping is an
immutable dict that ContextVar.set replaces, so Context.copy() is O(1) and a copy
never sees later changes of the original.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()

class _State(_thread._local):
    # The current Context of each thread; a thread that has none yet gets an empty one.
    context = None


_state = _State()

# Entering a Context must be atomic: one Context may be current in one thread only.
_enter_lock = _thread.allocate_lock()


def _current():
    ctx = _state.context
    if ctx is None:
        ctx = Context()
        _state.context = ctx
    return ctx


def copy_context():
    """Return a shallow copy of the current thread's Context."""
    return _current().copy()


class _Final:
    # ContextVar, Token and Context cannot be subclassed in CPython (C types without
    # Py_TPFLAGS_BASETYPE); this keeps the same TypeError.
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if _Final in cls.__bases__:
            return
        base = cls.__mro__[1].__name__
        raise TypeError(f"type '_contextvars.{base}' is not an acceptable base type")


class Context(_Final):
    """A mapping of ContextVar to values; Context.run makes it current."""

    __slots__ = ('_data', '_entered', '_prev', '__weakref__')

    def __init__(self):
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        with _enter_lock:
            if self._entered:
                raise RuntimeError(
                    f'cannot enter context: {self!r} is already entered')
            self._entered = True
        self._prev = _state.context
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def _key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        try:
            return self._data[self._key(var)]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        return self._key(var) in self._data

    def get(self, var, default=None):
        return self._data.get(self._key(var), default)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {id(self):#x}>'




class ContextVar(_Final):
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old, _key=_token_key)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        data = dict(ctx._data)
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


# Only ContextVar.set makes Tokens, as in CPython (Token() raises RuntimeError).
_token_key = object()


class Token(_Final):
    """What ContextVar.set returns; ContextVar.reset(token) undoes that set."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _TokenMissing()

    def __init__(self, *args, _key=None):
        if _key is not _token_key:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._ctx, self._var, self._old_value = args
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'


# CPython implements these in C, in the _contextvars module.
Context.__module__ = ContextVar.__module__ = Token.__module__ = '_contextvars'


# CPython's contextvars is C code (_contextvars): tracebacks show no frames of it.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals(), 'Context', 'ContextVar', 'Token', 'copy_context',
                                                '_current')
del _weft_hidden
