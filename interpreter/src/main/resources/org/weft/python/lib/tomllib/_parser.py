"""The TOML parser behind tomllib: recursive descent over the text, one position at a time.

Errors name the position where they are found, as CPython's parser does: "Invalid value (at
line 3, column 7)", or "(at end of document)"."""

import re
import string
from datetime import date, datetime, time, timedelta, timezone

_CTRL = frozenset(chr(i) for i in range(32)) | {chr(127)}
_ILLEGAL_BASIC = _CTRL - {"\t"}
_ILLEGAL_MULTILINE = _CTRL - {"\t", "\n"}
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE_KEY = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_START = _BARE_KEY | {'"', "'"}
_HEX = frozenset(string.hexdigits)
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_LOCALTIME = re.compile(_TIME)
_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

# flags of a table's key path
_FROZEN = 0          # an inline table or array: nothing may be added to it
_EXPLICIT = 1        # declared by a [header] (or made by dotted keys, once the next header comes)


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    return _Parser(s.replace("\r\n", "\n"), _safe_parse_float(parse_float)).document()


def _safe_parse_float(parse_float):
    if parse_float is float:
        return float

    def safe(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return safe


class _Flags:
    """Flags of key paths; a recursive flag covers everything below its path."""

    def __init__(self):
        self.own = {}        # key -> set of flags of that path only
        self.deep = {}       # key -> set of flags of that path and all below
        self.pending = set()

    def set(self, key, flag, recursive):
        (self.deep if recursive else self.own).setdefault(key, set()).add(flag)

    def is_(self, key, flag):
        if not key:
            return False
        for i in range(1, len(key)):
            if flag in self.deep.get(key[:i], ()):
                return True
        return flag in self.own.get(key, ()) or flag in self.deep.get(key, ())

    def unset_all(self, key):
        n = len(key)
        for table in (self.own, self.deep):
            for k in [k for k in table if k[:n] == key]:
                del table[k]

    def finalize_pending(self):
        for key, flag in self.pending:
            self.set(key, flag, False)
        self.pending.clear()


def _nest(root, key, access_lists=True):
    """The table at key (made where missing); KeyError where a value other than a table is."""
    cont = root
    for k in key:
        if k not in cont:
            cont[k] = {}
        cont = cont[k]
        if access_lists and isinstance(cont, list):
            cont = cont[-1]
        if not isinstance(cont, dict):
            raise KeyError("There is no nest behind this key")
    return cont


class _Parser:

    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.data = {}
        self.flags = _Flags()

    # ---- positions and errors ----

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self, offset=0):
        p = self.pos + offset
        return self.src[p] if p < len(self.src) else None

    def skip(self, chars):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_until(self, expect, illegal, error_on_eof):
        src = self.src
        end = src.find(expect, self.pos)
        if end < 0:
            end = len(src)
            if error_on_eof:
                raise self.error(f"Expected {expect!r}", end)
        for p in range(self.pos, end):
            if src[p] in illegal:
                raise self.error(f"Found invalid character {src[p]!r}", p)
        return end

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.skip_until("\n", _ILLEGAL_BASIC, False)

    def skip_array_space(self):
        while True:
            before = self.pos
            self.skip(_WS_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # ---- statements ----

    def document(self):
        header = ()
        src = self.src
        while True:
            self.skip(_WS)
            char = self.peek()
            if char is None:
                break
            if char == "\n":
                self.pos += 1
                continue
            if char in _KEY_START:
                self.key_value(header)
                self.skip(_WS)
            elif char == "[":
                self.flags.finalize_pending()
                header = self.array_table() if self.peek(1) == "[" else self.table()
                self.skip(_WS)
            elif char != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            char = self.peek()
            if char is None:
                break
            if char != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.data

    def table(self):
        self.pos += 1
        self.skip(_WS)
        key = self.key()
        if self.flags.is_(key, _EXPLICIT) or self.flags.is_(key, _FROZEN):
            raise self.error(f"Cannot declare {key} twice")
        self.flags.set(key, _EXPLICIT, False)
        try:
            _nest(self.data, key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table(self):
        self.pos += 2
        self.skip(_WS)
        key = self.key()
        if self.flags.is_(key, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        self.flags.unset_all(key)
        self.flags.set(key, _EXPLICIT, False)
        try:
            parent = _nest(self.data, key[:-1])
            last = key[-1]
            if last in parent:
                if not isinstance(parent[last], list):
                    raise KeyError("An object other than list found behind this key")
                parent[last].append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value(self, header):
        key, value = self.pair()
        parent_key, stem = key[:-1], key[-1]
        abs_parent = header + parent_key
        for i in range(1, len(key)):
            cont_key = header + key[:i]
            if self.flags.is_(cont_key, _EXPLICIT):
                raise self.error(f"Cannot redefine namespace {cont_key}")
            self.flags.pending.add((cont_key, _EXPLICIT))
        if self.flags.is_(abs_parent, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {abs_parent}")
        try:
            nest = _nest(self.data, abs_parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if stem in nest:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.flags.set(header + key, _FROZEN, True)
        nest[stem] = value

    def pair(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        char = self.peek()
        if char is not None and char in _BARE_KEY:
            start = self.pos
            self.skip(_BARE_KEY)
            return self.src[start:self.pos]
        if char == "'":
            return self.literal_string()
        if char == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # ---- values ----

    def value(self):
        src, pos = self.src, self.pos
        char = self.peek()
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(False)
            self.pos += 1
            return self.basic_string(False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(True)
            return self.literal_string()
        if char == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if char == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        m = _DATETIME.match(src, pos)
        if m:
            try:
                value = _to_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return value
        m = _LOCALTIME.match(src, pos)
        if m:
            self.pos = m.end()
            hour, minute, sec, micros = m.groups()
            return time(int(hour), int(minute), int(sec), int(micros.ljust(6, "0")) if micros else 0)
        m = _NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group("floatpart"):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "-inf", "+inf", "-nan", "+nan"):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        result = []
        self.skip_array_space()
        if self.src.startswith("]", self.pos):
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_array_space()
            c = self.src[self.pos:self.pos + 1]
            if c == "]":
                self.pos += 1
                return result
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_space()
            if self.src.startswith("]", self.pos):
                self.pos += 1
                return result

    def inline_table(self):
        self.pos += 1
        table = {}
        flags = _Flags()
        self.skip(_WS)
        if self.src.startswith("}", self.pos):
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            parent_key, stem = key[:-1], key[-1]
            if flags.is_(key, _FROZEN):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            try:
                nest = _nest(table, parent_key, access_lists=False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            if stem in nest:
                raise self.error(f"Duplicate inline table key {stem!r}")
            nest[stem] = value
            self.skip(_WS)
            c = self.src[self.pos:self.pos + 1]
            if c == "}":
                self.pos += 1
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, _FROZEN, True)
            self.pos += 1
            self.skip(_WS)

    # ---- strings ----

    def literal_string(self):
        self.pos += 1
        start = self.pos
        end = self.skip_until("'", _ILLEGAL_BASIC, True)
        self.pos = end + 1
        return self.src[start:end]

    def multiline_string(self, literal):
        self.pos += 3
        if self.src.startswith("\n", self.pos):
            self.pos += 1
        if literal:
            delim = "'"
            end = self.skip_until("'''", _ILLEGAL_MULTILINE, True)
            result = self.src[self.pos:end]
            self.pos = end + 3
        else:
            delim = '"'
            result = self.basic_string(True)
        # up to two quotes just before the closing three belong to the string
        for _ in range(2):
            if not self.src.startswith(delim, self.pos):
                return result
            self.pos += 1
            result += delim
        return result

    def basic_string(self, multiline):
        src = self.src
        illegal = _ILLEGAL_MULTILINE if multiline else _ILLEGAL_BASIC
        parts = []
        start = self.pos
        while True:
            if self.pos >= len(src):
                raise self.error("Unterminated string")
            char = src[self.pos]
            if char == '"':
                if not multiline:
                    parts.append(src[start:self.pos])
                    self.pos += 1
                    return "".join(parts)
                if src.startswith('"""', self.pos):
                    parts.append(src[start:self.pos])
                    self.pos += 3
                    return "".join(parts)
                self.pos += 1
                continue
            if char == "\\":
                parts.append(src[start:self.pos])
                parts.append(self.escape(multiline))
                start = self.pos
                continue
            if char in illegal:
                raise self.error(f"Illegal character {char!r}")
            self.pos += 1

    def escape(self, multiline):
        src = self.src
        escape_id = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and escape_id in ("\\ ", "\\\t", "\\\n"):
            # a line-ending backslash: the newline and the whitespace after it vanish
            if escape_id != "\\\n":
                self.skip(_WS)
                char = self.peek()
                if char is None:
                    return ""
                if char != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_NL)
            return ""
        if escape_id in ("\\u", "\\U"):
            n = 4 if escape_id == "\\u" else 8
            hex_str = src[self.pos:self.pos + n]
            if len(hex_str) != n or not _HEX.issuperset(hex_str):
                raise self.error("Invalid hex value")
            self.pos += n
            code = int(hex_str, 16)
            if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(code)
        try:
            return _ESCAPES[escape_id]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None


def _to_datetime(m):
    (year, month, day, hour, minute, sec, micros, zulu, sign, off_hour, off_minute) = m.groups()
    year, month, day = int(year), int(month), int(day)
    if hour is None:
        return date(year, month, day)
    micros = int(micros.ljust(6, "0")) if micros else 0
    if sign:
        s = 1 if sign == "+" else -1
        tz = timezone(timedelta(hours=s * int(off_hour), minutes=s * int(off_minute)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(year, month, day, int(hour), int(minute), int(sec), micros, tzinfo=tz)
