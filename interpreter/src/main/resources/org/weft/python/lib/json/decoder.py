"""JSONDecoder: a recursive-descent JSON parser with CPython's error messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

try:
    import _weft_json
except ImportError:
    _weft_json = None

_WS = ' \t\n\r'
_ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


class JSONDecoder:
    """Simple JSON decoder (CPython's json.JSONDecoder API)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            if _weft_json is not None:
                pf = self.parse_float
                pi = self.parse_int
                pc = self.parse_constant
                r = _weft_json.scan(s, idx, self.object_hook, self.object_pairs_hook,
                                    None if pf is float else pf, None if pi is int else pi,
                                    None if pc == _CONSTANTS.__getitem__ else pc,
                                    self.strict, JSONDecodeError)
                if r is not None:
                    return r
            return _Parser(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _ScanOptions:
    def __init__(self, strict):
        self.strict = strict


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at index end of s (just after its opening quote).

    Returns the decoded str and the index just after the closing quote; with strict false, raw
    control characters may stand in the string."""
    # CPython: json.decoder.scanstring is _json.scanstring (scanstring_unicode)
    if end < 0 or end > len(s):
        raise ValueError("end is out of bounds")
    return _Parser(_ScanOptions(strict), s).string(end)


py_scanstring = scanstring  # CPython: the pure-Python twin of _json.scanstring


class _Parser:
    def __init__(self, dec, s):
        self.dec = dec
        self.s = s

    def value(self, i):
        # CPython: scan_once_unicode in _json.c
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.dec.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.dec.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.dec.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            raise StopIteration(i)
        is_float = False
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            is_float = True
            j += 2
            while j < n and '0' <= s[j] <= '9':
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and '0' <= s[k] <= '9':
                while k < n and '0' <= s[k] <= '9':
                    k += 1
                is_float = True
                j = k
        text = s[i:j]
        if is_float:
            return self.dec.parse_float(text), j
        return self.dec.parse_int(text), j

    def string(self, i):
        # CPython: scanstring_unicode in _json.c
        s = self.s
        begin = i - 1
        chunks = []
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.dec.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[j + 1]
            if e != 'u':
                if e not in _ESC:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(_ESC[e])
                i = j + 2
                continue
            cp = self.hex4(j)
            i = j + 6
            if 0xd800 <= cp <= 0xdbff and s.startswith('\\u', i):
                lo = self.hex4(i)
                if 0xdc00 <= lo <= 0xdfff:
                    cp = 0x10000 + (((cp - 0xd800) << 10) | (lo - 0xdc00))
                    i += 6
            chunks.append(chr(cp))

    def hex4(self, j):
        esc = self.s[j + 2:j + 6]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, j + 1)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                val, i = self.value(i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, val))
            i = _skip(s, i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def finish_object(self, pairs):
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.dec.object_hook is not None:
            return self.dec.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        out = []
        i = _skip(s, i)
        if i < len(s) and s[i] == ']':
            return out, i + 1
        while True:
            try:
                val, i = self.value(i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            out.append(val)
            i = _skip(s, i)
            if i < len(s) and s[i] == ']':
                return out, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)
