"""Regular expressions with Python's syntax, matched by java.util.regex (through _weft_re)."""

import enum as _enum
import _weft_re
import sys as _sys
import types as _types

_mappingproxy = type(type.__dict__)

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
           "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


@_enum.global_enum
class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    """The re flags: an IntFlag whose members print as re.IGNORECASE|re.MULTILINE."""

    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


class error(Exception):
    """A regular expression could not be compiled (CPython's re.error)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

_MAXSIZE = _sys.maxsize
_cache = {}
# _cache is shared by every thread: dict get/set are atomic, and a race only compiles a
# pattern twice; eviction pops an arbitrary old key and ignores a concurrent miss.
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    # CPython's re._compile: the cache lookup (an unhashable pattern fails there), then the
    # pattern's type, then the flags (used with &, so a str flags fails there)
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError('cannot process flags argument with a compiled pattern')
            return pattern
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        flags & RegexFlag.DEBUG
        p = Pattern(pattern, int(flags))
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (KeyError, StopIteration, RuntimeError):
                pass
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    return compile(pattern, flags | T)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    return pattern.decode('latin1').translate(_special_chars).encode('latin1')


def _compile(pattern, flags):
    # what an unpickled Pattern calls, named as CPython's so pickles interchange
    return compile(pattern, flags)


class Pattern:
    """A compiled regular expression."""

    # re.Pattern[str], as CPython's _sre types allow
    __class_getitem__ = classmethod(_types.GenericAlias)

    def __init__(self, pattern, flags):
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        # CPython: sre_parse.fix_flags, the checks on flags given as an argument
        if isinstance(pattern, str):
            if flags & 4:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & 256 and flags & 32:
                raise ValueError("ASCII and UNICODE flags are incompatible")
        else:
            if flags & 32:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & 4 and flags & 256:
                raise ValueError("ASCII and LOCALE flags are incompatible")
        handle, pyflags, groups, names = _weft_re.compile(pattern, flags, error)
        if pyflags & 256 and pyflags & 32 and not isinstance(pattern, bytes):
            # inline (?a) and (?u) together: CPython checks the parsed flags as it does the arguments
            raise ValueError("ASCII and UNICODE flags are incompatible")
        self._handle = handle
        self.pattern = pattern
        self.flags = pyflags
        self.groups = groups
        # CPython: a read-only view (pattern_groupindex in _sre.c)
        self.groupindex = _mappingproxy(names)
        self._bytes = isinstance(pattern, bytes)

    def __repr__(self):
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        flags = int(self.flags)
        if not self._bytes:
            flags &= ~32
        if not flags:
            return 're.compile(%s)' % r
        # CPython: pattern_repr lists the flags by bit value (so ASCII last), then leftover bits in hex
        names = ['re.' + f._name_ for f in sorted(RegexFlag, key=int) if f._value_ & flags]
        rest = flags & ~sum(f._value_ for f in RegexFlag)
        if rest:
            names.append(hex(rest))
        return 're.compile(%s, %s)' % (r, '|'.join(names))

    def __reduce__(self):
        # CPython registers re._pickle with copyreg: a pattern pickles as _compile(pattern, flags)
        return _compile, (self.pattern, self.flags)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if not isinstance(string, bytes):
                string = bytes(string)
        elif not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode):
        s = self._check(string)
        spans = _weft_re.match(self._handle, s, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s = self._check(string)
        for spans in _weft_re.scan(self._handle, s, pos, endpos, 0):
            yield Match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s = self._check(string)
        out = []
        g = self.groups
        for spans in _weft_re.scan(self._handle, s, pos, endpos, 0):
            if g == 0:
                out.append(s[spans[0]:spans[1]])
            elif g == 1:
                out.append(_slice(s, spans[2], spans[3]))
            else:
                out.append(tuple(_slice(s, spans[2 * k], spans[2 * k + 1]) for k in range(1, g + 1)))
        return out

    def split(self, string, maxsplit=0):
        s = self._check(string)
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for spans in _weft_re.scan(self._handle, s, 0, _MAXSIZE, maxsplit):
            out.append(s[last:spans[0]])
            for k in range(1, self.groups + 1):
                a = spans[2 * k]
                out.append(None if a < 0 else s[a:spans[2 * k + 1]])
            last = spans[1]
        out.append(s[last:])
        return out

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        s = self._check(string)
        if callable(repl):
            fn = repl
        elif isinstance(repl, str) != self._bytes and isinstance(repl, (str, bytes)):
            fn = _template_fn(self, repl)
        else:
            if not isinstance(repl, (str, bytes)):
                try:
                    repl = bytes(memoryview(repl))
                except TypeError:
                    raise TypeError("decoding to str: need a bytes-like object, %s found"
                                    % type(repl).__name__) from None
            literal = repl
            # a template of the other kind is not parsed; joining it fails, as in CPython
            fn = lambda m: literal
        if count < 0:
            return string, 0
        pieces = []
        last = 0
        n = 0
        # empty literal text is left out, so join's "sequence item N" counts as CPython's
        for spans in _weft_re.scan(self._handle, s, 0, _MAXSIZE, count):
            if spans[0] > last:
                pieces.append(s[last:spans[0]])
            r = fn(Match(self, s, 0, _MAXSIZE, spans))
            if r is not None:
                pieces.append(r)
            last = spans[1]
            n += 1
        if last < len(s):
            pieces.append(s[last:])
        empty = b'' if self._bytes else ''
        return empty.join(pieces), n

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported")


def _slice(s, a, b):
    if a < 0:
        return s[:0]
    return s[a:b]


def _template_fn(pattern, repl):
    parts = _parse_template(pattern, repl)
    if len(parts) == 1 and not isinstance(parts[0], int):
        literal = parts[0]
        return lambda m: literal
    empty = b'' if isinstance(repl, bytes) else ''

    def expand(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                g = m.group(p)
                if g is not None:
                    out.append(g)
            else:
                out.append(p)
        return empty.join(out)
    return expand


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


# CPython: parse_template in sre_parse.py (the same rules and messages)
def _parse_template(pattern, repl):
    is_bytes = isinstance(repl, bytes)
    s = repl.decode('latin1') if is_bytes else repl
    parts = []
    lit = []
    i = 0
    n = len(s)

    def flush():
        if lit:
            text = ''.join(lit)
            parts.append(text.encode('latin1') if is_bytes else text)
            lit.clear()

    while i < n:
        c = s[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        c = s[i + 1]
        if c == 'g':
            if i + 2 >= n or s[i + 2] != '<':
                raise error("missing <", repl, i + 2)
            end = s.find('>', i + 3)
            if end < 0:
                # CPython's getuntil: an empty name is reported first
                raise error("missing group name" if i + 3 >= n else "missing >, unterminated name", repl, i + 3)
            name = s[i + 3:end]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            flush()
            parts.append(index)
            i = end + 1
        elif c == '0':
            j = i + 2
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            lit.append(chr(int(s[i + 1:j], 8)))
            i = j
        elif c.isdigit() and c.isascii():
            j = i + 2
            if j < n and s[j].isdigit() and s[j].isascii():
                if j + 1 < n and s[j + 1] in '01234567' and c in '01234567' and s[j] in '01234567':
                    v = int(s[i + 1:j + 2], 8)
                    if v > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % s[i + 1:j + 2], repl, i)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            index = int(s[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, i + 1)
            flush()
            parts.append(index)
            i = j
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
            i += 2
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, repl, i)
        else:
            lit.append('\\' + c)
            i += 2
    flush()
    if not parts:
        parts.append(b'' if is_bytes else '')
    return parts


class Match:
    """The result of a successful match."""

    __class_getitem__ = classmethod(_types.GenericAlias)

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = max(0, min(pos, len(string)))
        self.endpos = max(0, min(endpos, len(string)))
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, (str, bytes)):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
        raise IndexError("no such group")

    def _get(self, k, default=None):
        a = self._spans[2 * k]
        if a < 0:
            return default
        return self.string[a:self._spans[2 * k + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(k, default) for name, k in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        k = self._index(group)
        return self._spans[2 * k], self._spans[2 * k + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * k], self._spans[2 * k + 1]) for k in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # CPython: the group that closed last; approximated as the matched group ending last,
        # preferring the outermost (lowest-numbered) one on ties.
        best = None
        best_end = -1
        for k in range(1, self.re.groups + 1):
            a = self._spans[2 * k]
            if a >= 0 and self._spans[2 * k + 1] > best_end:
                best = k
                best_end = self._spans[2 * k + 1]
        return best

    @property
    def lastgroup(self):
        k = self.lastindex
        if k is None:
            return None
        for name, idx in self.re.groupindex.items():
            if idx == k:
                return name
        return None

    def expand(self, template):
        return _template_fn(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Scanner:
    """Splits a string into tokens with (phrase, action) pairs (undocumented, as in CPython)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # CPython joins the phrases into one alternation; trying each in order at the same position
        # finds the same one (the first alternative that matches) and keeps each phrase's own groups
        self._phrases = [compile(phrase, flags) for phrase, _ in lexicon]

    def scan(self, string):
        result = []
        i = 0
        while True:
            for index, pattern in enumerate(self._phrases):
                m = pattern.match(string, i)
                if m:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


Match.__module__ = 're'
Pattern.__module__ = 're'
Match.__qualname__ = Match.__name__ = 'Match'
Pattern.__qualname__ = Pattern.__name__ = 'Pattern'

# error messages name these as CPython's C types: 're.<name>'
import _weft_stdlib
_weft_stdlib.set_type_name(Pattern, 're.Pattern')
_weft_stdlib.set_type_name(Match, 're.Match')
del _weft_stdlib

# Pattern and Match are C code in CPython (_sre): tracebacks show no frames of their methods.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals(), 'Pattern', 'Match')
del _weft_hidden
