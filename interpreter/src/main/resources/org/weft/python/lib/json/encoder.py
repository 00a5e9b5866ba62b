"""JSONEncoder: Python objects to JSON text, as CPython's json.encoder writes it."""

__all__ = ['JSONEncoder']

try:
    import _weft_json
except ImportError:
    _weft_json = None

_ESCAPE = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')


def py_encode_basestring(s):
    return '"' + ''.join(_ESCAPE.get(c, c) for c in s) + '"'


def py_encode_basestring_ascii(s):
    out = []
    for c in s:
        e = _ESCAPE.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return self._str(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def _str(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and _weft_json is not None:
            return iter([_weft_json.encode(
                o, self.default, indent, self.key_separator, self.item_separator,
                self.sort_keys, self.skipkeys, self.ensure_ascii, self.allow_nan,
                self.check_circular)])
        # the chunks CPython's pure-Python iterencode yields, which callers may see one by one
        out = []
        self._encode(o, out, {} if self.check_circular else None, indent, 0)
        return iter(out)

    def _encode_into(self, o, write):
        """Hands each chunk to write as soon as it is made: json.dump writes what came before an
        error, as CPython's generator-based iterencode does."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._encode(o, _WriteSink(write), {} if self.check_circular else None, indent, 0)

    def _encode(self, o, out, markers, indent, level):
        # CPython: _make_iterencode in json/encoder.py (same output, written as one recursion)
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._dict(o, out, markers, indent, level)
        else:
            key = self._enter(o, markers)
            self._encode(self.default(o), out, markers, indent, level)
            self._leave(key, markers)

    def _scalar(self, v):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(v, str):
            return self._str(v)
        if v is None:
            return 'null'
        if v is True:
            return 'true'
        if v is False:
            return 'false'
        if isinstance(v, int):
            return int.__repr__(v)
        if isinstance(v, float):
            return self._float(v)
        return None

    def _enter(self, o, markers):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        return key

    def _leave(self, key, markers):
        if markers is not None:
            del markers[key]

    def _list(self, o, out, markers, indent, level):
        if not o:
            out.append('[]')
            return
        key = self._enter(o, markers)
        # a list item's separator shares its chunk with a scalar item, as CPython's chunks do
        buf = '['
        sep = self.item_separator
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep += newline
            buf += newline
        first = True
        for v in o:
            if not first:
                buf = sep
            first = False
            scalar = self._scalar(v)
            if scalar is not None:
                out.append(buf + scalar)
            else:
                out.append(buf)
                self._encode(v, out, markers, indent, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(']')
        self._leave(key, markers)

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self._float(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def _dict(self, o, out, markers, indent, level):
        if not o:
            out.append('{}')
            return
        key = self._enter(o, markers)
        out.append('{')
        sep = self.item_separator
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep += newline
            out.append(newline)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            k = self._key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self._str(k))
            out.append(self.key_separator)
            self._encode(v, out, markers, indent, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append('}')
        self._leave(key, markers)


class _WriteSink:
    """A list-like target of _encode whose append writes the chunk out."""
    __slots__ = ('append',)

    def __init__(self, write):
        self.append = write
