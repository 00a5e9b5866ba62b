"""marshal: CPython's internal serialization format, byte for byte.

CPython marks an object with FLAG_REF (so a later occurrence can be written
as a back reference) when, at version >= 3, the object has more than one
reference.  Weft has no reference counts, so this module follows what the
count is for data written in source code: scalars (literal constants, held by
the code object) and the top-level object are flagged; lists, dicts, sets and
bytearrays inside it are flagged only when they occur more than once.  Equal
scalars count as one object, as CPython's constant merging makes them."""

import struct

version = 4

_NULL = b'0'
_NONE = b'N'
_FALSE = b'F'
_TRUE = b'T'
_STOPITER = b'S'
_ELLIPSIS = b'.'
_INT = ord('i')
_LONG = ord('l')
_FLOAT = ord('f')
_BINARY_FLOAT = ord('g')
_COMPLEX = ord('x')
_BINARY_COMPLEX = ord('y')
_STRING = ord('s')
_INTERNED = ord('t')
_REF = ord('r')
_TUPLE = ord('(')
_LIST = ord('[')
_DICT = ord('{')
_CODE = ord('c')
_UNICODE = ord('u')
_SET = ord('<')
_FROZENSET = ord('>')
_ASCII = ord('a')
_ASCII_INTERNED = ord('A')
_SMALL_TUPLE = ord(')')
_SHORT_ASCII = ord('z')
_SHORT_ASCII_INTERNED = ord('Z')
FLAG_REF = 0x80

_MAX_DEPTH = 2000
_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        '0123456789_')
_MUTABLE = (list, dict, set, bytearray)


def _interned(s):
    """Whether CPython interns this string as a code constant."""
    return s.isascii() and all(c in _NAME_CHARS for c in s)


def _scalar_key(v):
    t = type(v)
    if t is float:
        return (t, struct.pack('<d', v))
    if t is complex:
        return (t, struct.pack('<dd', v.real, v.imag))
    return (t, v)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {}
        self.counts = {}
        self.alive = []
        self.depth = 0

    def count(self, v, depth=0):
        if depth > _MAX_DEPTH:
            return
        if isinstance(v, _MUTABLE) or type(v) in (tuple, frozenset):
            n = self.counts.get(id(v), 0)
            self.counts[id(v)] = n + 1
            if n:
                return
            if isinstance(v, dict):
                for k, x in v.items():
                    self.count(k, depth + 1)
                    self.count(x, depth + 1)
            elif not isinstance(v, bytearray):
                for x in v:
                    self.count(x, depth + 1)

    def w_long(self, x):
        self.out += struct.pack('<i', x)

    def w_pstring(self, data):
        self.w_long(len(data))
        self.out += data

    def _ref(self, v, top):
        """Write a back reference and return None, or return the flag."""
        if self.version < 3:
            return 0
        if top and (type(v) is frozenset or
                    type(v) is int and v.bit_length() > 64):
            # Made at run time (CPython folds only small constant powers):
            # CPython sees one reference.
            return 0
        if isinstance(v, _MUTABLE) or type(v) in (tuple, frozenset):
            if not top and isinstance(v, _MUTABLE) and self.counts.get(id(v), 0) < 2:
                return 0
            key = ('id', id(v))
        else:
            key = _scalar_key(v)
        index = self.refs.get(key)
        if index is not None:
            self.out.append(_REF)
            self.w_long(index)
            return None
        self.refs[key] = len(self.refs)
        self.alive.append(v)  # keeps ids unique while writing
        return FLAG_REF

    def w_object(self, v, top=False):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        try:
            if v is None:
                self.out += _NONE
            elif v is StopIteration:
                self.out += _STOPITER
            elif v is Ellipsis:
                self.out += _ELLIPSIS
            elif v is False:
                self.out += _FALSE
            elif v is True:
                self.out += _TRUE
            else:
                flag = self._ref(v, top)
                if flag is not None:
                    self.w_complex(v, flag)
        finally:
            self.depth -= 1

    def w_type(self, code, flag):
        self.out.append(code | flag)

    def w_complex(self, v, flag):
        t = type(v)
        if t is int:
            if -2**31 <= v < 2**31:
                self.w_type(_INT, flag)
                self.w_long(v)
            else:
                self.w_type(_LONG, flag)
                digits = []
                n = abs(v)
                while n:
                    digits.append(n & 0x7FFF)
                    n >>= 15
                self.w_long(len(digits) if v > 0 else -len(digits))
                for d in digits:
                    self.out += struct.pack('<H', d)
        elif t is float:
            if self.version > 1:
                self.w_type(_BINARY_FLOAT, flag)
                self.out += struct.pack('<d', v)
            else:
                self.w_type(_FLOAT, flag)
                self._w_float_text(v)
        elif t is complex:
            if self.version > 1:
                self.w_type(_BINARY_COMPLEX, flag)
                self.out += struct.pack('<dd', v.real, v.imag)
            else:
                self.w_type(_COMPLEX, flag)
                self._w_float_text(v.real)
                self._w_float_text(v.imag)
        elif t is str:
            self._w_str(v, flag)
        elif t is tuple:
            if self.version >= 4 and len(v) < 256:
                self.w_type(_SMALL_TUPLE, flag)
                self.out.append(len(v))
            else:
                self.w_type(_TUPLE, flag)
                self.w_long(len(v))
            for x in v:
                self.w_object(x)
        elif t is list:
            self.w_type(_LIST, flag)
            self.w_long(len(v))
            for x in list(v):
                self.w_object(x)
        elif t is dict:
            self.w_type(_DICT, flag)
            for k, x in list(v.items()):
                self.w_object(k)
                self.w_object(x)
            self.out += _NULL
        elif t is set or t is frozenset:
            self.w_type(_SET if t is set else _FROZENSET, flag)
            self.w_long(len(v))
            items = list(v)
            if self.version >= 5:
                items.sort(key=dumps)
            for x in items:
                self.w_object(x)
        elif isinstance(v, (bytes, bytearray, memoryview)):
            self.w_type(_STRING, flag)
            self.w_pstring(bytes(v))
        else:
            raise ValueError("unmarshallable object")

    def _w_float_text(self, x):
        text = repr(x) if x != x or x in (float('inf'), float('-inf')) \
            else '%.17g' % x
        if text == 'nan':
            text = 'nan'
        data = text.encode('ascii')
        self.out.append(len(data))
        self.out += data

    def _w_str(self, v, flag):
        interned = _interned(v)
        if self.version >= 4 and v.isascii():
            data = v.encode('ascii')
            if len(v) < 256:
                self.w_type(_SHORT_ASCII_INTERNED if interned else _SHORT_ASCII,
                            flag)
                self.out.append(len(data))
                self.out += data
            else:
                self.w_type(_ASCII_INTERNED if interned else _ASCII, flag)
                self.w_pstring(data)
        else:
            data = v.encode('utf-8', 'surrogatepass')
            if self.version >= 3 and interned:
                self.w_type(_INTERNED, flag)
            else:
                self.w_type(_UNICODE, flag)
            self.w_pstring(data)


def dumps(value, version=version, /):
    """The bytes marshal.dump() would write for value."""
    w = _Writer(version)
    w.count(value)
    w.w_object(value, top=True)
    return bytes(w.out)


def dump(value, file, version=version, /):
    """Write value to the open binary file."""
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data=None, file=None):
        self.data = data
        self.pos = 0
        self.file = file
        self.refs = []
        self.depth = 0

    def read(self, n):
        if self.file is not None:
            got = self.file.read(n)
            if got is None or len(got) < n:
                raise EOFError("marshal data too short")
            return bytes(got)
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return bytes(chunk)

    def r_byte(self):
        return self.read(1)[0]

    def r_long(self):
        return struct.unpack('<i', self.read(4))[0]

    def r_size(self):
        n = self.r_long()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def r_object(self):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        try:
            if self.file is not None:
                got = self.file.read(1)
                if not got:
                    raise EOFError("EOF read where object expected")
                code = got[0]
            else:
                if self.pos >= len(self.data):
                    raise EOFError("EOF read where object expected")
                code = self.data[self.pos]
                self.pos += 1
            flag = code & FLAG_REF
            return self._r_typed(code & ~FLAG_REF, flag)
        finally:
            self.depth -= 1

    def _keep(self, flag, v):
        if flag:
            self.refs.append(v)
        return v

    def _reserve(self, flag):
        if flag:
            self.refs.append(None)
            return len(self.refs) - 1
        return -1

    def _r_typed(self, t, flag):
        if t == ord('0'):
            raise TypeError("NULL object in marshal data for object")
        if t == ord('N'):
            return None
        if t == ord('F'):
            return False
        if t == ord('T'):
            return True
        if t == ord('S'):
            return StopIteration
        if t == ord('.'):
            return Ellipsis
        if t == _INT:
            return self._keep(flag, self.r_long())
        if t == _LONG:
            n = self.r_long()
            value = 0
            for i in range(abs(n)):
                d = struct.unpack('<H', self.read(2))[0]
                if d > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= d << (15 * i)
            return self._keep(flag, -value if n < 0 else value)
        if t == _BINARY_FLOAT:
            return self._keep(flag, struct.unpack('<d', self.read(8))[0])
        if t == _FLOAT:
            return self._keep(flag, self._r_float_text())
        if t == _BINARY_COMPLEX:
            re_, im = struct.unpack('<dd', self.read(16))
            return self._keep(flag, complex(re_, im))
        if t == _COMPLEX:
            re_ = self._r_float_text()
            return self._keep(flag, complex(re_, self._r_float_text()))
        if t == _STRING:
            return self._keep(flag, self.read(self.r_size()))
        if t in (_UNICODE, _INTERNED):
            data = self.read(self.r_size())
            return self._keep(flag, data.decode('utf-8', 'surrogatepass'))
        if t in (_ASCII, _ASCII_INTERNED):
            return self._keep(flag, self.read(self.r_size()).decode('latin-1'))
        if t in (_SHORT_ASCII, _SHORT_ASCII_INTERNED):
            return self._keep(flag, self.read(self.r_byte()).decode('latin-1'))
        if t in (_TUPLE, _SMALL_TUPLE):
            n = self.r_byte() if t == _SMALL_TUPLE else self.r_size()
            slot = self._reserve(flag)
            v = tuple(self.r_object() for _ in range(n))
            if slot >= 0:
                self.refs[slot] = v
            return v
        if t == _LIST:
            n = self.r_size()
            v = []
            self._keep(flag, v)
            for _ in range(n):
                v.append(self.r_object())
            return v
        if t == _DICT:
            v = {}
            self._keep(flag, v)
            while True:
                if self.file is None and self.pos < len(self.data) and \
                        self.data[self.pos] == ord('0'):
                    self.pos += 1
                    break
                if self.file is not None:
                    peek = self.file.read(1)
                    if not peek:
                        raise EOFError("EOF read where object expected")
                    if peek == b'0':
                        break
                    key = self._r_typed(peek[0] & ~FLAG_REF, peek[0] & FLAG_REF)
                else:
                    key = self.r_object()
                v[key] = self.r_object()
            return v
        if t in (_SET, _FROZENSET):
            n = self.r_size()
            if t == _SET:
                v = set()
                self._keep(flag, v)
                for _ in range(n):
                    v.add(self.r_object())
                return v
            slot = self._reserve(flag)
            v = frozenset(self.r_object() for _ in range(n))
            if slot >= 0:
                self.refs[slot] = v
            return v
        if t == _REF:
            n = self.r_long()
            if n < 0 or n >= len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if t == _CODE:
            raise ValueError("bad marshal data (code objects are not supported)")
        raise ValueError("bad marshal data (unknown type code)")

    def _r_float_text(self):
        n = self.r_byte()
        return float(self.read(n).decode('ascii'))


def loads(data, /):
    """The value in the bytes-like object data; extra bytes are ignored."""
    return _Reader(memoryview(data).tobytes()).r_object()


def load(file, /):
    """Read one value from the open binary file."""
    return _Reader(file=file).r_object()
