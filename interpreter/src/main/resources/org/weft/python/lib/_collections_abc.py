"""Abstract Base Classes (ABCs) for collections, according to PEP 3119.

Weft's own implementation; collections.abc re-exports it. Built-in types are registered at the end.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]

__name__ = "collections.abc"


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*methods):
    """A __subclasshook__ that accepts any class defining all of methods."""
    def __subclasshook__(cls, C):
        if cls is _owner[0].get(__subclasshook__):
            return _check_methods(C, *methods)
        return NotImplemented
    return classmethod(__subclasshook__)


_owner = [{}]


def _one_trick(name, methods, abstract, bases=(), extra=None):
    """Makes an ABC whose subclass hook checks for `methods`; `abstract` names its abstract ones."""
    hook = _hook(*methods)
    ns = {"__slots__": (), "__module__": "collections.abc", "__subclasshook__": hook}
    for m in abstract:
        def f(self, *args):
            return None
        f.__name__ = m
        ns[m] = abstractmethod(f)
    if extra:
        ns.update(extra)
    cls = ABCMeta(name, bases, ns)
    _owner[0][hook.__func__] = cls
    return cls


def _hash_none(self):
    return 0


Hashable = _one_trick("Hashable", ["__hash__"], ["__hash__"])
Awaitable = _one_trick("Awaitable", ["__await__"], ["__await__"],
                       extra={"__class_getitem__": classmethod(GenericAlias)})


def _iter_empty(self):
    while False:
        yield None


Iterable = _one_trick("Iterable", ["__iter__"], [],
                      extra={"__iter__": abstractmethod(_iter_empty),
                             "__class_getitem__": classmethod(GenericAlias)})


def _next_abstract(self):
    raise StopIteration


def _iter_self(self):
    return self


Iterator = _one_trick("Iterator", ["__iter__", "__next__"], [], (Iterable,),
                      {"__next__": abstractmethod(_next_abstract), "__iter__": _iter_self})
Reversible = _one_trick("Reversible", ["__reversed__", "__iter__"], ["__reversed__"], (Iterable,))


def _send_abstract(self, value):
    raise StopIteration


def _throw_abstract(self, typ, val=None, tb=None):
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _gen_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError("generator ignored GeneratorExit")


def _gen_next(self):
    return self.send(None)


Generator = _one_trick("Generator", ["__iter__", "__next__", "send", "throw", "close"], [],
                       (Iterator,), {"send": abstractmethod(_send_abstract),
                                     "throw": abstractmethod(_throw_abstract),
                                     "close": _gen_close, "__next__": _gen_next})
Coroutine = _one_trick("Coroutine", ["__await__", "send", "throw", "close"], [], (Awaitable,),
                       {"send": abstractmethod(_send_abstract),
                        "throw": abstractmethod(_throw_abstract), "close": _gen_close})
AsyncIterable = _one_trick("AsyncIterable", ["__aiter__"], ["__aiter__"],
                           extra={"__class_getitem__": classmethod(GenericAlias)})
AsyncIterator = _one_trick("AsyncIterator", ["__anext__", "__aiter__"], ["__anext__"], (AsyncIterable,),
                           {"__aiter__": _iter_self})
AsyncGenerator = _one_trick("AsyncGenerator", ["__aiter__", "__anext__", "asend", "athrow", "aclose"],
                            ["asend", "athrow"], (AsyncIterator,))


def _len_zero(self):
    return 0


def _contains_false(self, x):
    return False


Sized = _one_trick("Sized", ["__len__"], [], extra={"__len__": abstractmethod(_len_zero)})
Container = _one_trick("Container", ["__contains__"], [],
                       extra={"__contains__": abstractmethod(_contains_false),
                              "__class_getitem__": classmethod(GenericAlias)})
Collection = _one_trick("Collection", ["__len__", "__iter__", "__contains__"], [],
                        (Sized, Iterable, Container))


def _call_false(self, *args, **kwds):
    return False


def _is_param_expr(obj):
    # ..., a list of types, or typing's ParamSpec / Concatenate
    if obj is Ellipsis or isinstance(obj, list):
        return True
    t = type(obj)
    return t.__module__ == 'typing' and t.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """Callable[[int, str], float]: as CPython's, the argument list is flattened into __args__
    (int, str, float), so typing.get_args gives ([int, str], float) back."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif not _is_param_expr(t_args):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            "Got %s" % (t_args,))
        return super().__new__(cls, origin, args)

    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return super().__repr__()
        return 'collections.abc.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in self.__args__[:-1]), _type_repr(self.__args__[-1]))


Callable = _one_trick("Callable", ["__call__"], [],
                      extra={"__call__": abstractmethod(_call_false),
                             "__class_getitem__": classmethod(_CallableGenericAlias)})


### SETS ###

class Set(Collection):
    """A set is a finite, iterable container."""
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """Return True if two sets have a null intersection."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set (order independent)."""
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """A mutable set is a finite, iterable container."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


### MAPPINGS ###

class Mapping(Collection):
    """A Mapping is a generic container for associating key/value pairs."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating key/value pairs."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        '''D.pop(k[,d]) -> v, remove specified key and return the corresponding value.'''
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        '''D.popitem() -> (k, v), remove and return some (key, value) pair as a 2-tuple.'''
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        ''' D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.'''
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


### SEQUENCES ###

class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence."""
    __slots__ = ()
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        '''S.index(value, [start, [stop]]) -> integer -- return first index of value.'''
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'S.count(value) -> integer -- return number of occurrences of value'
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """This unifies bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """All the operations on a read-write sequence."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        'S.insert(index, value) -- insert value before index'
        raise IndexError

    def append(self, value):
        'S.append(value) -- append value to the end of the sequence'
        self.insert(len(self), value)

    def clear(self):
        'S.clear() -> None -- remove all items from S'
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        'S.reverse() -- reverse *IN PLACE*'
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        'S.extend(iterable) -- extend sequence by appending elements from the iterable'
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        '''S.pop([index]) -> item -- remove and return item at index (default last).'''
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        '''S.remove(value) -- remove first occurrence of value.'''
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# Built-in types, registered as CPython does.
def _gen():
    yield


_gen_obj = _gen()
generator = type(_gen_obj)
for _t in (type(iter(b'')), type(iter(bytearray())), type(iter({})), type(iter({}.values())),
           type(iter({}.items())), type(iter([])), type(iter(reversed([]))), type(iter(range(0))),
           type(iter(set())), type(iter('')), type(iter(())), type(iter(zip())), generator):
    Iterator.register(_t)
Generator.register(generator)
Reversible.register(type({}.keys()))
Set.register(frozenset)
MutableSet.register(set)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
Mapping.register(type(type.__dict__))
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
del _t, _gen, _gen_obj

__name__ = "_collections_abc"
