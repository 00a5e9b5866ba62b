"""The TOML 1.0.0 reader behind tomllib: one pass over the text, building dicts and lists.

The document is read statement by statement (key/value pairs, [table] and [[array]] headers); a
table's keys are tracked by their path from the root so that TOML's rules on defining a table
only once, and on never changing an inline table or a static array, can be enforced.
"""
import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("TOMLDecodeError", "load", "loads")


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    text = s.replace("\r\n", "\n")
    return _Reader(text, _checked_float(parse_float)).document()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


_SPACE = " \t"
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
# Control characters no string or comment may hold as they are (tab is allowed everywhere,
# newline only in multi-line strings).
_CONTROL = frozenset(chr(c) for c in range(0x20)) | {"\x7f"}
_ONE_LINE_ILLEGAL = _CONTROL - {"\t"}
_MULTI_LINE_ILLEGAL = _CONTROL - {"\t", "\n"}
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(?:\.([0-9]+))?"
    r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_LOCAL_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(?:\.([0-9]+))?")
_NUMBER = re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*"
    r"|0o[0-7](?:_?[0-7])*"
    r"|0b[01](?:_?[01])*"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<float>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_SPECIAL_FLOAT = re.compile(r"[+-]?(?:inf|nan)")

# What a key path may be, as far as redefinition goes.
_DECLARED = 1   # a [table] header named it
_DOTTED = 2     # dotted keys made it, in a table section that has ended
_FROZEN = 3     # an inline table, an array value, or anything inside one: never changed again
_ARRAY = 4      # an array of tables ([[header]])


class _Reader:

    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.kinds = {}          # key path (tuple) -> _DECLARED, _DOTTED, _FROZEN or _ARRAY
        self.section_dotted = []  # paths dotted keys made in the current table section
        self.inline_frozen = set()  # ids of inline tables read (complete, so never changed)

    # ---- errors and positions ------------------------------------------------------------------

    def error(self, message, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            return TOMLDecodeError(f"{message} (at end of document)")
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        return TOMLDecodeError(f"{message} (at line {line}, column {column})")

    def char(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_space(self):
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in _SPACE:
            self.pos += 1

    def skip_comment(self):
        """A comment, if one starts here, up to (not including) its newline."""
        if self.char() != "#":
            return
        self.pos += 1
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] != "\n":
            if src[self.pos] in _ONE_LINE_ILLEGAL:
                raise self.error(f"Found invalid character {src[self.pos]!r}")
            self.pos += 1

    def skip_blank(self):
        """Spaces, newlines and comments, as arrays allow between their values."""
        while True:
            self.skip_space()
            self.skip_comment()
            if self.char() != "\n":
                return
            self.pos += 1

    def expect(self, text, message):
        if not self.src.startswith(text, self.pos):
            raise self.error(message)
        self.pos += len(text)

    # ---- the document ----------------------------------------------------------------------------

    def document(self):
        header = ()
        src = self.src
        while True:
            self.skip_space()
            c = self.char()
            if c == "":
                break
            if c == "\n":
                self.pos += 1
                continue
            if c == "#":
                self.skip_comment()
            elif c == "[":
                self.end_section()
                if src.startswith("[[", self.pos):
                    header = self.array_header()
                else:
                    header = self.table_header()
            elif c in _BARE_KEY or c in "\"'":
                self.key_value(header)
            else:
                raise self.error("Invalid statement")
            self.skip_space()
            self.skip_comment()
            c = self.char()
            if c not in ("", "\n"):
                raise self.error("Expected newline or end of document after a statement")
            if c == "\n":
                self.pos += 1
        return self.root

    def end_section(self):
        for path in self.section_dotted:
            self.kinds.setdefault(path, _DOTTED)
        self.section_dotted = []

    def frozen(self, path):
        """Whether the table or value at path lies in (or is) an inline table or static array."""
        for i in range(1, len(path) + 1):
            if self.kinds.get(path[:i]) == _FROZEN:
                return True
        return False

    def table_header(self):
        self.pos += 1
        self.skip_space()
        path = self.key()
        self.skip_space()
        if self.kinds.get(path) in (_DECLARED, _DOTTED, _ARRAY) or self.frozen(path):
            raise self.error(f"Cannot declare {path} twice")
        self.kinds[path] = _DECLARED
        self.table_at(path)
        self.expect("]", "Expected ']' at the end of a table declaration")
        return path

    def array_header(self):
        self.pos += 2
        self.skip_space()
        path = self.key()
        self.skip_space()
        if self.frozen(path):
            raise self.error(f"Cannot mutate immutable namespace {path}")
        # A new element: the tables declared under the previous one may be declared again.
        for known in [p for p in self.kinds if len(p) > len(path) and p[:len(path)] == path]:
            del self.kinds[known]
        parent = self.table_at(path[:-1])
        last = path[-1]
        if last not in parent:
            if self.kinds.get(path) is not None:
                raise self.error("Cannot overwrite a value")
            parent[last] = [{}]
        elif self.kinds.get(path) == _ARRAY and isinstance(parent[last], list):
            parent[last].append({})
        else:
            raise self.error("Cannot overwrite a value")
        self.kinds[path] = _ARRAY
        self.expect("]]", "Expected ']]' at the end of an array declaration")
        return path

    def table_at(self, path):
        """The table a header path names, made (with the tables on the way) where missing; the last
        element of an array of tables on the way."""
        table = self.root
        for i, part in enumerate(path):
            if part not in table:
                table[part] = {}
            value = table[part]
            if isinstance(value, list) and self.kinds.get(path[:i + 1]) == _ARRAY:
                value = value[-1]
            if not isinstance(value, dict):
                raise self.error("Cannot overwrite a value")
            table = value
        return table

    def key_value(self, header):
        path = self.key()
        self.skip_space()
        self.expect("=", "Expected '=' after a key in a key/value pair")
        self.skip_space()
        value = self.value()
        self.store(header, path, value)

    def store(self, header, path, value, inline=None):
        """Puts value at header + path, making the dotted tables on the way.

        In an inline table, ``inline`` is the inline table's own dict (header is then its path)."""
        table = self.root if inline is None else inline
        if inline is None:
            table = self.table_at(header)
        for i, part in enumerate(path[:-1]):
            full = header + path[:i + 1]
            if inline is None:
                if self.frozen(full):
                    raise self.error(f"Cannot mutate immutable namespace {full}")
                if self.kinds.get(full) in (_DECLARED, _ARRAY):
                    raise self.error(f"Cannot redefine namespace {full}")
            if part not in table:
                table[part] = {}
                if inline is None:
                    self.section_dotted.append(full)
            elif inline is None and self.kinds.get(full) == _DOTTED:
                raise self.error(f"Cannot redefine namespace {full}")
            sub = table[part]
            if not isinstance(sub, dict):
                raise self.error("Cannot overwrite a value")
            if inline is not None and id(sub) in self.inline_frozen:
                raise self.error(f"Cannot mutate immutable namespace {path}")
            table = sub
        last = path[-1]
        full = header + path
        if inline is None and self.frozen(full[:-1]):
            raise self.error(f"Cannot mutate immutable namespace {full[:-1]}")
        if last in table:
            if inline is not None:
                raise self.error(f"Duplicate inline table key {last!r}")
            raise self.error("Cannot overwrite a value")
        table[last] = value
        if inline is None and isinstance(value, (dict, list)):
            self.kinds[full] = _FROZEN

    # ---- keys --------------------------------------------------------------------------------------

    def key(self):
        parts = [self.key_part()]
        self.skip_space()
        while self.char() == ".":
            self.pos += 1
            self.skip_space()
            parts.append(self.key_part())
            self.skip_space()
        return tuple(parts)

    def key_part(self):
        c = self.char()
        if c in _BARE_KEY and c:
            start = self.pos
            src, n = self.src, len(self.src)
            while self.pos < n and src[self.pos] in _BARE_KEY:
                self.pos += 1
            return src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            return self.basic_string()
        raise self.error("Invalid initial character for a key part")

    # ---- values ------------------------------------------------------------------------------------

    def value(self):
        src, pos = self.src, self.pos
        c = self.char()
        if c == '"':
            return self.multi_line_basic() if src.startswith('"""', pos) else self.basic_string()
        if c == "'":
            return self.multi_line_literal() if src.startswith("'''", pos) else self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATETIME.match(src, pos)
        if m:
            return self.datetime_value(m)
        m = _LOCAL_TIME.match(src, pos)
        if m:
            self.pos = m.end()
            return time(int(m.group(1)), int(m.group(2)), int(m.group(3)), _micro(m.group(4)))
        m = _NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if m.group("float"):
                return self.parse_float(text.replace("_", ""))
            if text[:2] in ("0x", "0o", "0b"):
                return int(text[2:].replace("_", ""), {"x": 16, "o": 8, "b": 2}[text[1]])
            return int(text.replace("_", ""))
        m = _SPECIAL_FLOAT.match(src, pos)
        if m:
            self.pos = m.end()
            return self.parse_float(m.group())
        raise self.error("Invalid value")

    def datetime_value(self, m):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            if m.group(4) is None:
                value = date(year, month, day)
            else:
                if m.group(8):
                    tz = timezone.utc
                elif m.group(9):
                    offset = timedelta(hours=int(m.group(10)), minutes=int(m.group(11)))
                    tz = timezone(-offset if m.group(9) == "-" else offset)
                else:
                    tz = None
                value = datetime(year, month, day, int(m.group(4)), int(m.group(5)), int(m.group(6)),
                                 _micro(m.group(7)), tzinfo=tz)
        except ValueError:
            raise self.error("Invalid date or datetime") from None
        self.pos = m.end()
        return value

    def array(self):
        self.pos += 1
        items = []
        while True:
            self.skip_blank()
            if self.char() == "]":
                self.pos += 1
                return items
            items.append(self.value())
            self.skip_blank()
            c = self.char()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1

    def inline_table(self):
        self.pos += 1
        table = {}
        self.skip_space()
        if self.char() == "}":
            self.pos += 1
            return self.freeze(table)
        while True:
            path = self.key()
            self.skip_space()
            self.expect("=", "Expected '=' after a key in a key/value pair")
            self.skip_space()
            value = self.value()
            self.store((), path, value, inline=table)
            if isinstance(value, dict):
                self.inline_frozen.add(id(value))
            self.skip_space()
            c = self.char()
            if c == "}":
                self.pos += 1
                return self.freeze(table)
            if c != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_space()

    def freeze(self, table):
        self.inline_frozen.add(id(table))
        return table

    # ---- strings -----------------------------------------------------------------------------------

    def literal_string(self):
        self.pos += 1
        start = self.pos
        src, n = self.src, len(self.src)
        while True:
            if self.pos >= n:
                raise self.error('Expected "\'"')
            c = src[self.pos]
            if c == "'":
                self.pos += 1
                return src[start:self.pos - 1]
            if c in _ONE_LINE_ILLEGAL:
                raise self.error(f"Found invalid character {c!r}")
            self.pos += 1

    def multi_line_literal(self):
        self.pos += 3
        if self.char() == "\n":
            self.pos += 1
        start = self.pos
        src, n = self.src, len(self.src)
        while True:
            end = src.find("'''", self.pos)
            if end < 0:
                self.pos = n
                raise self.error('Expected "\'\'\'"')
            for i in range(self.pos, end):
                if src[i] in _MULTI_LINE_ILLEGAL:
                    raise self.error(f"Found invalid character {src[i]!r}", i)
            # Up to two quotes may close the content too: ''''' is a quote pair and the delimiter.
            extra = 0
            while extra < 2 and src.startswith("'", end + 3 + extra):
                extra += 1
            self.pos = end + 3 + extra
            return src[start:end + extra]

    def basic_string(self):
        self.pos += 1
        return self.basic_body(multi_line=False)

    def multi_line_basic(self):
        self.pos += 3
        if self.char() == "\n":
            self.pos += 1
        return self.basic_body(multi_line=True)

    def basic_body(self, multi_line):
        src, n = self.src, len(self.src)
        illegal = _MULTI_LINE_ILLEGAL if multi_line else _ONE_LINE_ILLEGAL
        out = []
        start = self.pos
        while True:
            if self.pos >= n:
                raise self.error("Unterminated string")
            c = src[self.pos]
            if c == '"':
                if not multi_line:
                    out.append(src[start:self.pos])
                    self.pos += 1
                    return "".join(out)
                if src.startswith('"""', self.pos):
                    extra = 0
                    while extra < 2 and src.startswith('"', self.pos + 3 + extra):
                        extra += 1
                    out.append(src[start:self.pos + extra])
                    self.pos += 3 + extra
                    return "".join(out)
                self.pos += 1
                continue
            if c == "\\":
                out.append(src[start:self.pos])
                out.append(self.escape(multi_line))
                start = self.pos
                continue
            if c in illegal:
                raise self.error(f"Illegal character {c!r}")
            self.pos += 1

    def escape(self, multi_line):
        """The text of the escape at pos (a backslash), moving past it."""
        src = self.src
        code = src[self.pos + 1:self.pos + 2]
        if multi_line and code in ("", " ", "\t", "\n"):
            # A line-ending backslash: it and all whitespace and newlines after it go.
            i = self.pos + 1
            while i < len(src) and src[i] in " \t":
                i += 1
            if src[i:i + 1] != "\n":
                raise self.error("Unescaped '\\' in a string", i)
            while i < len(src) and src[i] in " \t\n":
                i += 1
            self.pos = i
            return ""
        if code in _ESCAPES:
            self.pos += 2
            return _ESCAPES[code]
        if code in ("u", "U"):
            size = 4 if code == "u" else 8
            digits = src[self.pos + 2:self.pos + 2 + size]
            if len(digits) != size or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise self.error("Invalid hex value", self.pos + 2)
            self.pos += 2 + size
            cp = int(digits, 16)
            if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(cp)
        raise self.error("Unescaped '\\' in a string", self.pos + 2)


def _micro(fraction):
    return int(fraction[:6].ljust(6, "0")) if fraction else 0
