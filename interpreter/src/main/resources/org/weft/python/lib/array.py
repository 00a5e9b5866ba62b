"""array: compact arrays of basic C values (weft's own implementation).

Items live in a Python list checked on the way in; tobytes/frombytes go through struct.
Like list, single operations (append, pop, item assignment) are atomic under free threading
because they are single list operations.

The buffer protocol: memoryview (Java, ArrayExport) reads and writes the item list itself through
_weft_buffer_, packing items as a C array holds them. A view inside a `with` block counts as an
export (_weft_export_) and, as in CPython, the array may not change size until it is released.
"""
import struct as _struct
import operator as _operator
import _thread

_exports_lock = _thread.allocate_lock()

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'
_SIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# typecode -> (min, max, message when too small, message when too big)
_RANGE = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 2 ** 32 - 1, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
    'L': (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2 ** 64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}


def _check(tc, v):
    if tc in 'fd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        if tc == 'f':
            v = _struct.unpack('f', _struct.pack('f', v))[0]  # stored as C float: round to single
        return v
    if tc == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError('array item must be unicode character')
    if not isinstance(v, int):
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        v = _operator.index(v)
    lo, hi, small, big = _RANGE[tc]
    if v < lo:
        raise OverflowError(small)
    if v > hi:
        raise OverflowError(big)
    return int(v)


def _item_index(i):
    """An index given to an array subscript: anything with __index__ (CPython: array_subscr)."""
    if isinstance(i, int):
        return i
    index = getattr(type(i), '__index__', None)
    if index is None:
        raise TypeError('array indices must be integers')
    return index(i)


class array:
    """array(typecode [, initializer]) -> array"""
    __slots__ = ('_tc', '_items', '_exports', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _SIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        self._exports = 0
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
                self._items = list(initializer)
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array) and initializer._tc == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
            elif isinstance(initializer, array) and initializer._tc != typecode:
                # CPython's array_new converts item by item here; only extend() insists on the same kind
                self.extend(list(initializer._items))
            else:
                self.extend(initializer)
        return self

    def __init__(self, *args):
        pass

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZE[self._tc]

    def _new(self, items):
        a = array.__new__(type(self), self._tc)
        a._items = items
        return a

    def _weft_buffer_(self):
        return self._items, 'w' if self._tc == 'u' else self._tc

    def _weft_export_(self, delta):
        with _exports_lock:
            self._exports += delta

    def _check_resizable(self, change=True):
        if self._exports and change:
            raise BufferError('cannot resize an array that is exporting buffers')

    def append(self, v):
        v = _check(self._tc, v)
        self._check_resizable()
        self._items.append(v)

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._check_resizable(iterable._items)
            self._items.extend(iterable._items)
            return
        tc = self._tc
        vals = []
        bad = None
        for v in iterable:  # item by item: a bad item leaves the ones before it appended, as in CPython
            try:
                vals.append(_check(tc, v))
            except Exception as exc:
                bad = exc
                break
        self._check_resizable(vals)
        self._items.extend(vals)
        if bad is not None:
            raise bad

    def insert(self, i, v):
        v = _check(self._tc, v)
        self._check_resizable()
        self._items.insert(i, v)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            if self._exports:
                self._items[i]  # IndexError first: CPython checks the index before the exports
                self._check_resizable()
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        self._check_resizable(self._exports and v in self._items)
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        vals = [_check(tc, v) for v in lst]
        self._check_resizable(vals)
        self._items.extend(vals)

    def _fmt(self, n):
        return '<%d%s' % (n, {'u': 'I', 'l': 'q', 'L': 'Q'}.get(self._tc, self._tc))

    def tobytes(self):
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data):
        if not isinstance(data, bytes):
            try:
                view = memoryview(data)
            except TypeError:
                # CPython: the Py_buffer converter of array_array_frombytes names no function
                raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
            data = bytes(view)
        size = _SIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack(self._fmt(len(data) // size), data)
        if self._tc == 'u':
            vals = [chr(c) for c in vals]
        self._check_resizable(vals)
        self._items.extend(vals)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._check_resizable(s)
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _SIZE[self._tc]
        data = f.read(n * size)
        self.frombytes(data[:len(data) // size * size])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        if self._tc in 'bB':
            return
        size = _SIZE[self._tc]
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        vals = _struct.unpack(self._fmt(len(raw) // size), swapped)
        if self._tc == 'u':
            vals = [chr(c) for c in vals]
        # In place: memoryviews share the item list.
        self._items[:] = vals

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _item_index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            if i.step not in (None, 1) and not v._items:
                # CPython: array_ass_subscr deletes the items when the value is empty, any step
                self._check_resizable()
                del self._items[i]
                return
            if i.step not in (None, 1):
                size = len(range(*i.indices(len(self._items))))
                if size != len(v._items):
                    # CPython: array_ass_subscr
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                     % (len(v._items), size))
            if self._exports and len(range(*i.indices(len(self._items)))) != len(v._items):
                self._check_resizable()
            self._items[i] = v._items
            return
        i = _item_index(i)
        try:
            self._items[i] = _check(self._tc, v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if not isinstance(i, slice):
            i = _item_index(i)
        self._check_resizable()
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            # CPython tries the right operand's nb_add, then array's sq_concat, which refuses
            radd = getattr(type(other), '__radd__', None)
            if radd is not None:
                result = radd(other, self)
                if result is not NotImplemented:
                    return result
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:  # CPython: array_do_extend, as extend() says it
            raise TypeError('can only extend with array of same kind')
        self._check_resizable(other._items)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        t = type(n)
        if not hasattr(t, '__index__') and t.__module__ != 'builtins' and hasattr(t, '__rmul__'):
            # CPython tries the count's nb_multiply before array's sq_repeat.
            r = t.__rmul__(n, self)
            if r is not NotImplemented:
                return r
        return self._new(self._items * n)

    def __rmul__(self, n):
        return self._new(self._items * n)

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            # As PyNumber_InPlaceMultiply: the count's __rmul__, then the sequence's own message.
            return NotImplemented
        self._check_resizable(self._items and _operator.index(n) != 1)
        self._items *= n
        return self

    def _cmp_items(self, other):
        return self._items, other._items

    def _floats(self, other):
        # CPython: array_richcompare reads every item afresh (getarrayitem makes a new float), so
        # no item is ever the same object as the one it meets and a NaN equals nothing, itself
        # included. A list comparison would take two identical NaN objects as equal.
        return self.typecode in 'fd' or other.typecode in 'fd'

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if self._floats(other):
            return _float_compare(self._items, other._items, _operator.eq)
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if self._floats(other):
            return _float_compare(self._items, other._items, _operator.ne)
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if self._floats(other):
            return _float_compare(self._items, other._items, _operator.lt)
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if self._floats(other):
            return _float_compare(self._items, other._items, _operator.le)
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if self._floats(other):
            return _float_compare(self._items, other._items, _operator.gt)
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if self._floats(other):
            return _float_compare(self._items, other._items, _operator.ge)
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)))

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._tc, self._items)

    def __class_getitem__(cls, item):
        return cls


ArrayType = array

# as CPython's array module does; it also makes match treat an array as a sequence
import _collections_abc
_collections_abc.MutableSequence.register(array)
del _collections_abc

# error messages name these as CPython's C types: 'array.<name>'
import _weft_stdlib
_weft_stdlib.set_type_name(array, 'array.array')
del _weft_stdlib


# CPython: array_richcompare, item by item with no identity shortcut.
def _float_compare(a, b, op):
    if len(a) != len(b) and op in (_operator.eq, _operator.ne):
        return op is _operator.ne
    for x, y in zip(a, b):
        if not x == y:
            if op is _operator.eq:
                return False
            if op is _operator.ne:
                return True
            return op(x, y)
    return op(len(a), len(b))

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
