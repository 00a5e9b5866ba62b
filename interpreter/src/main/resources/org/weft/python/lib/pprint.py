"""Pretty-printing of Python data structures, with CPython's line-breaking rules."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object, keeping dict insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders objects by < where they allow it, else by type name (then id), pair by pair:
    CPython's pprint._safe_key, so ints still sort before and among each other next to strs."""

    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _sorted(items, key=None):
    if key is None:
        return sorted(items, key=_SafeKey)
    # dict items: by key, then by value (CPython's _safe_tuple)
    return sorted(items, key=lambda kv: (_SafeKey(kv[0]), _SafeKey(kv[1])))


class _Writer:
    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def getvalue(self):
        return ''.join(self.parts)


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class PrettyPrinter:
    """Formats objects with CPython's pprint layout."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        sio = _Writer()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    # CPython: PrettyPrinter._format in pprint.py (the layout rules, re-expressed)
    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            p = self._dispatch.get(type(object).__repr__, None)
            if p is None and _is_dataclass_with_generated_repr(object):
                p = PrettyPrinter._pprint_dataclass
            if p is not None:
                context[objid] = 1
                p(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = _sorted(object.items(), key=lambda kv: kv[0]) if self._sort_dicts \
                else list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = _sorted(object)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = _word_parts(line)
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        """key=value items, one to a line; a value that is an object being printed shows '...'."""
        write = stream.write
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            write(key)
            write('=')
            if id(value) in context:
                write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                write(',\n' + ' ' * indent)

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        # long bytes become adjacent literals of whole 4-byte groups, each fitting the width
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
            write('(')
        for i, rep in enumerate(_bytes_chunks(object, self._width - indent, allowance)):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if outermost:
            write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        self._format(list(object.items()), stream, indent + len(cls.__name__) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        stream.write('%s(%s,\n%s' % (cls.__name__, rdf, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(cls.__name__) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, rml))

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        # one map per line, under the first, as CPython's _pprint_chain_map
        if not len(object.maps):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        last = len(object.maps) - 1
        for i, m in enumerate(object.maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the container they wrap
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for k, ent in enumerate(items):
            last = k == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def format(self, object, context, maxlevels, level):
        """Returns (repr string, is readable, is recursive); override to customise."""
        return self._safe_repr(object, context, maxlevels, level)

    # CPython: PrettyPrinter._safe_repr in pprint.py
    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            items = _sorted(object.items(), key=lambda kv: kv[0]) if self._sort_dicts \
                else object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive
        if (issubclass(typ, list) and r is list.__repr__) or \
                (issubclass(typ, tuple) and r is tuple.__repr__):
            if issubclass(typ, list):
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            del context[objid]
            return fmt % ", ".join(components), readable, recursive
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    _dispatch = {}


def _word_parts(line):
    # re.findall(r'\S*\s*', line) without its final empty match
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _is_dataclass_with_generated_repr(object):
    # a dataclass instance whose __repr__ is the one @dataclass wrote (not one of its own)
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    wrapped = getattr(object.__repr__, '__wrapped__', None)
    return wrapped is not None and '__create_fn__' in getattr(wrapped, '__qualname__', '')


def _bytes_chunks(data, width, allowance):
    """The reprs of consecutive pieces of `data`, cut at 4-byte boundaries, each at most `width`
    wide (the last one `allowance` narrower); a piece that cannot fit stands alone."""
    current = b''
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        part = data[start:start + 4]
        candidate = current + part
        if start == last_start:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})

PrettyPrinter._dispatch[dict.__repr__] = PrettyPrinter._pprint_dict
PrettyPrinter._dispatch[list.__repr__] = PrettyPrinter._pprint_list
PrettyPrinter._dispatch[tuple.__repr__] = PrettyPrinter._pprint_tuple
PrettyPrinter._dispatch[set.__repr__] = PrettyPrinter._pprint_set
PrettyPrinter._dispatch[frozenset.__repr__] = PrettyPrinter._pprint_set
PrettyPrinter._dispatch[str.__repr__] = PrettyPrinter._pprint_str
PrettyPrinter._dispatch[bytes.__repr__] = PrettyPrinter._pprint_bytes
_SimpleNamespace = type(__import__('sys').implementation)
PrettyPrinter._dispatch[_SimpleNamespace.__repr__] = PrettyPrinter._pprint_simplenamespace
PrettyPrinter._dispatch[bytearray.__repr__] = PrettyPrinter._pprint_bytearray
PrettyPrinter._dispatch[type(type.__dict__).__repr__] = PrettyPrinter._pprint_mappingproxy

try:
    import collections as _collections
except ImportError:
    _collections = None
if _collections is not None:
    for _t, _fn in ((getattr(_collections, 'OrderedDict', None), PrettyPrinter._pprint_ordered_dict),
                    (getattr(_collections, 'defaultdict', None), PrettyPrinter._pprint_default_dict),
                    (getattr(_collections, 'Counter', None), PrettyPrinter._pprint_counter),
                    (getattr(_collections, 'deque', None), PrettyPrinter._pprint_deque),
                    (getattr(_collections, 'ChainMap', None), PrettyPrinter._pprint_chain_map),
                    (getattr(_collections, 'UserDict', None), PrettyPrinter._pprint_user_data),
                    (getattr(_collections, 'UserList', None), PrettyPrinter._pprint_user_data),
                    (getattr(_collections, 'UserString', None), PrettyPrinter._pprint_user_data)):
        if _t is not None:
            PrettyPrinter._dispatch[_t.__repr__] = _fn
    del _t, _fn
