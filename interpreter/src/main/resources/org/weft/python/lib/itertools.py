"""Functional tools for creating and using iterators.

Weft's itertools, written in Python.  count, repeat, chain, tee and groupby are classes (they
have reprs, class methods or shared state); the others are generator functions.  None of these
objects is meant to be advanced by two threads at once; doing so never corrupts the interpreter,
but may interleave items as CPython without its GIL would.
"""

import sys as _sys
# The combinatoric iterators step their indices in Java (product, permutations, combinations...):
# brute-force programs spend their time there.
import _weft_itertools as _combinatoric

# The default of arguments CPython requires, so that a missing one is reported in the clinic's words.
_REQUIRED = object()


def _missing(fname, name, pos):
    raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, pos))


def _ssize(value):
    # PyNumber_AsSsize_t(value, OverflowError) as PyArg_Parse's 'n' converter uses it
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        value = index(value)
    if not -_sys.maxsize - 1 <= value <= _sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_NUMBER_TYPES = (int, float, complex)


def _is_number(x):
    if isinstance(x, _NUMBER_TYPES):
        return True
    return hasattr(type(x), '__add__') and not isinstance(x, (str, bytes, list, tuple))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
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

    def __init__(self, object=_REQUIRED, times=_REQUIRED):
        if object is _REQUIRED:
            _missing('repeat', 'object', 1)
        self._object = object
        if times is _REQUIRED:
            self._times = None
        else:
            times = _ssize(times)
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

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
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


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _combinatoric.cycle(iter(iterable))


# The public functions below call iter() before returning a generator, so that a bad argument
# raises at the call, as CPython's itertools objects do, not at the first next().
def accumulate(iterable=_REQUIRED, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    if iterable is _REQUIRED:
        _missing('accumulate', 'iterable', 1)
    return _combinatoric.accumulate(iter(iterable), func, initial)


def compress(data=_REQUIRED, selectors=_REQUIRED):
    """Return data elements corresponding to true selector elements."""
    if data is _REQUIRED:
        _missing('compress', 'data', 1)
    if selectors is _REQUIRED:
        _missing('compress', 'selectors', 2)
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    if function is None:
        function = bool
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, iterable):
    for x in iterable:
        if not function(x):
            yield x


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        # CPython: PySequence_Tuple(args), so a non-iterable item says "'int' object is not iterable"
        yield function(*(args if type(args) is tuple else tuple(args)))


def zip_longest(*iterables, **kwargs):
    """Return a zip_longest object whose .__next__() method returns a tuple, filling missing values with fillvalue."""
    fillvalue = kwargs.pop('fillvalue', None)
    if kwargs:
        # CPython 3.11's message names no argument
        raise TypeError('zip_longest() got an unexpected keyword argument')
    return _combinatoric.zip_longest(tuple([iter(it) for it in iterables]), fillvalue)


def _islice_index(value, stop=True):
    try:
        index = _ssize(value)
    except (TypeError, OverflowError):
        index = -1
    if stop and index == -1:
        raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return index


def islice(*args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 0')
    iterable, args = args[0], args[1:]
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif 2 <= len(args) <= 3:
        start, stop, step = (args + (None,))[:3]
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1) if args
                        else 'islice expected at least 2 arguments, got 1')
    # CPython's islice_new: a stop that does not convert (or is -1) is "Stop argument...", a start
    # that does not convert, or a negative one, "Indices..."
    start_v, stop_v = 0, -1
    a1 = args[0]
    a2 = args[1] if len(args) > 1 else None
    if len(args) == 1:
        if a1 is not None:
            stop_v = _islice_index(a1)
    else:
        if a1 is not None:
            start_v = _islice_index(a1, stop=False)
        if a2 is not None:
            stop_v = _islice_index(a2)
    if start_v < 0 or stop_v < -1:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    start = start_v
    stop = None if stop_v == -1 else stop_v
    if step is None:
        step = 1
    else:
        try:
            step = step.__index__()
        except AttributeError:
            step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _combinatoric.islice(iter(iterable), start, stop, step)


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = tuple([tuple(pool) for pool in iterables] * repeat)
    return _combinatoric.product(pools)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable=_REQUIRED, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    if iterable is _REQUIRED:
        _missing('permutations', 'iterable', 1)
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    _check_r(r)
    _ssize(r)
    return _combinatoric.permutations(pool, r)


def combinations(iterable=_REQUIRED, r=_REQUIRED):
    """Return successive r-length combinations of elements in the iterable."""
    if iterable is _REQUIRED:
        _missing('combinations', 'iterable', 1)
    if r is _REQUIRED:
        _missing('combinations', 'r', 2)
    r = _ssize(r)  # the clinic converts r before the function iterates
    pool = tuple(iterable)
    # r is converted as an index (Argument Clinic's ssize_t), in Java
    return _combinatoric.combinations(pool, r)


def combinations_with_replacement(iterable=_REQUIRED, r=_REQUIRED):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    if iterable is _REQUIRED:
        _missing('combinations_with_replacement', 'iterable', 1)
    if r is _REQUIRED:
        _missing('combinations_with_replacement', 'r', 2)
    r = _ssize(r)  # the clinic converts r before the function iterates
    pool = tuple(iterable)
    # r is converted as an index (Argument Clinic's ssize_t), in Java
    return _combinatoric.combinations_with_replacement(pool, r)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable=_REQUIRED, key=None):
        if iterable is _REQUIRED:
            _missing('groupby', 'iterable', 1)
        self._it = iter(iterable)
        self._keyfunc = key
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


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
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
# these parse their arguments positionally in C: "cycle expected 1 argument, got 0"
for _name in ('cycle', 'dropwhile', 'takewhile', 'filterfalse', 'starmap', 'pairwise', 'tee'):
    globals()[_name] = _weft_stdlib.as_builtin(globals()[_name], _sys.modules[__name__])
del _name
_weft_stdlib.set_type_name(count, 'itertools.count')
_weft_stdlib.set_type_name(repeat, 'itertools.repeat')
_weft_stdlib.set_type_name(chain, 'itertools.chain')
_weft_stdlib.set_type_name(groupby, 'itertools.groupby')
_weft_stdlib.set_type_name(_tee, 'itertools._tee')
del _weft_stdlib
