"""Weak references on the JVM: ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize.

The JVM's garbage collector decides when an object dies, not reference counting: after the last
strong reference goes, `r()` keeps returning the object until a collection runs, and callbacks
(and finalize) run only when the runtime next polls for dead references, possibly never before
the program ends. The containers skip entries whose referent has died.
"""

import _weakref
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class KeyedRef(ref):
    """A ref that remembers a key (WeakValueDictionary's entries)."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ref):
    """A weak reference to a bound method that keeps neither the object nor the function alive."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        # func.__get__ binds as type(meth)(func, obj) would (method() is not callable here yet)
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self() == other() if self() is not None else self is other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = ref.__hash__


_DEAD = "weakly-referenced object no longer exists"


def _target(p):
    o = object.__getattribute__(p, '_ref')()
    if o is None:
        raise ReferenceError(_DEAD)
    return o


class _ProxyRef(ref):
    """A proxy's reference: one weak reference of the object's (getweakrefcount counts a proxy
    once), never the basic ref that ref(ob) shares."""

    __slots__ = ()


class ProxyType:
    """A proxy that forwards to a weakly referenced object (weakref.proxy)."""

    __slots__ = ('_ref', '__weakref__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', _ProxyRef(ob, None if callback is None else
                                                   (lambda r, p=self, cb=callback: cb(p))))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = _target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, x):
        return x in _target(self)

    def __getitem__(self, k):
        return _target(self)[k]

    def __setitem__(self, k, v):
        _target(self)[k] = v

    def __delitem__(self, k):
        del _target(self)[k]

    def __eq__(self, o):
        return _target(self) == o

    def __ne__(self, o):
        return _target(self) != o

    def __lt__(self, o):
        return _target(self) < o

    def __le__(self, o):
        return _target(self) <= o

    def __gt__(self, o):
        return _target(self) > o

    def __ge__(self, o):
        return _target(self) >= o

    __hash__ = None

    def __add__(self, o):
        return _target(self) + o

    def __radd__(self, o):
        return o + _target(self)

    def __sub__(self, o):
        return _target(self) - o

    def __rsub__(self, o):
        return o - _target(self)

    def __mul__(self, o):
        return _target(self) * o

    def __rmul__(self, o):
        return o * _target(self)

    def __truediv__(self, o):
        return _target(self) / o

    def __floordiv__(self, o):
        return _target(self) // o

    def __mod__(self, o):
        return _target(self) % o

    def __neg__(self):
        return -_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyType.__name__ = ProxyType.__qualname__ = 'ProxyType'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """Create a proxy object that weakly references 'object'."""
    _weakref._check(object)
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakValueDictionary:
    """Mapping class that references values weakly.

    Thread safety: one dict of KeyedRefs; each operation is one atomic dict operation, plus
    a check that the referent is alive.
    """

    def __init__(self, other=(), /, **kw):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                cur = self.data.get(wr.key)
                if cur is wr:
                    self.data.pop(wr.key, None)
        self._remove = remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for r in list(self.data.values()) if r() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c


class WeakKeyDictionary:
    """Mapping class that references keys weakly (keys compare through their referents)."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)


class WeakSet:
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(e for e in self if e not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return self.__class__(list(self) + list(other))

    __or__ = union

    def issubset(self, other):
        return all(e in other for e in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(e in self for e in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) calls func(*args, **kwargs) once: when called
    explicitly, or after obj dies and the runtime polls for dead references. The registry
    of live finalizers is one dict shared by threads (atomic dict operations).
    """

    __slots__ = ()
    _registry = {}
    _index = [0]

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index[0] += 1
        info.index = finalize._index[0]
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
