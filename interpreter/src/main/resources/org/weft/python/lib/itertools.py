"""Functional tools for creating and using iterators.

Weft's itertools: count, repeat, chain, tee and groupby are classes written here (they have
reprs, class methods or shared state); the others are types written in Java (_weft_itertools),
which check their arguments with CPython's messages.  count's next() is atomic (threads share
one as a ticket dispenser); the others are not meant to be advanced by two threads at once:
doing so never corrupts the interpreter, but may interleave items as CPython without its GIL
would.
"""

import sys as _sys
from _thread import allocate_lock as _allocate_lock
from _weft_itertools import (accumulate, combinations, combinations_with_replacement, compress,
                             cycle, dropwhile, filterfalse, islice, pairwise, permutations,
                             product, starmap, takewhile, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_NUMBER_TYPES = (int, float, complex)


def _bind(fname, args, kwargs, names, required):
    """The arguments as a list, one per name (_MISSING where not given), with the messages of
    CPython's argument parsing (getargs.c): the count, then a missing argument, then one given by
    name and position, then an unknown keyword."""
    given = len(args) + len(kwargs)
    if given > len(names):
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (fname, len(names), '' if args else 'keyword ',
                           '' if len(names) == 1 else 's', given))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for i in range(len(args), len(names)):
        values[i] = kwargs.get(names[i], _MISSING)
        if values[i] is _MISSING and i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, names[i], i + 1))
    for i in range(len(args)):
        if names[i] in kwargs:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, names[i], i + 1))
    for key in kwargs:
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
    return values


def _no_keywords(fname, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % fname)


def _index(value):
    """An int from __index__, with CPython's message for anything else."""
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _is_number(x):
    if isinstance(x, _NUMBER_TYPES):
        return True
    return hasattr(type(x), '__add__') and not isinstance(x, (str, bytes, list, tuple))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    # _lock: next() is atomic, as CPython's (where the GIL makes it so): threads use a shared
    # count as a ticket dispenser (threading's and multiprocessing's own name counters do).
    __slots__ = ('_value', '_step', '_lock')

    def __init__(self, *args, **kwargs):
        start, step = _bind('count', args, kwargs, ('start', 'step'), 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step
        self._lock = _allocate_lock()

    def __iter__(self):
        return self

    def __next__(self):
        lock = self._lock
        lock.acquire()
        try:
            value = self._value
            self._value = value + self._step
        finally:
            lock.release()
        return value

    def __repr__(self):
        step = self._step
        # CPython: count_repr omits a step that is the int 1
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, step)

    def __reduce__(self):
        return type(self), (self._value, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        object, times = _bind('repeat', args, kwargs, ('object', 'times'), 1)
        self._object = object
        if times is _MISSING:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __slots__ = ('_sources', '_active')

    def __init__(self, *iterables, **kwargs):
        if type(self) is chain:
            _no_keywords('chain', kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        if len(args) != 1:
            raise TypeError('chain.from_iterable() takes exactly one argument (%d given)' % len(args))
        self = cls.__new__(cls)
        self._sources = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                try:
                    source = next(sources)
                except StopIteration:
                    self._sources = None
                    raise
                active = self._active = iter(source)
            for item in active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, *args, **kwargs):
        iterable, key = _bind('groupby', args, kwargs, ('iterable', 'key'), 1)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._generation = 0

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._generation += 1
        if self._currkey is _MISSING:
            self._step()
        elif self._tgtkey is not _MISSING:
            while self._currkey == self._tgtkey:
                self._step()
        self._tgtkey = self._currkey
        return self._currkey, _grouper(self, self._tgtkey, self._generation)


_MISSING = object()


class _grouper:
    __slots__ = ('_parent', '_tgtkey', '_generation')

    def __init__(self, parent, tgtkey, generation):
        self._parent = parent
        self._tgtkey = tgtkey
        self._generation = generation

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        # a group is dead once its groupby has moved on
        if parent._generation != self._generation:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not (parent._currkey == self._tgtkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _MISSING
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    _no_keywords('tee', kwargs)
    if not 1 <= len(args) <= 2:
        raise TypeError('tee expected %s argument%s, got %d'
                        % (('at least 1', '') if not args else ('at most 2', 's')) + (len(args),))
    iterable = args[0]
    n = _index(args[1]) if len(args) == 2 else 2
    if n > 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))

# error messages name these as CPython's C types: 'itertools.<name>'
import _weft_stdlib
_weft_stdlib.set_type_name(count, 'itertools.count')
_weft_stdlib.set_type_name(repeat, 'itertools.repeat')
_weft_stdlib.set_type_name(chain, 'itertools.chain')
_weft_stdlib.set_type_name(groupby, 'itertools.groupby')
_weft_stdlib.set_type_name(_tee, 'itertools._tee')
del _weft_stdlib

# C code in CPython: tracebacks show no frames of this module (a key function's own frames stay).
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
