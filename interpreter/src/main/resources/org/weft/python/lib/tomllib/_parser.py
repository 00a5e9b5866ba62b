"""A TOML 1.0 parser whose results and error messages (with their line and column) are CPython 3.11's."""

import string

from . import _values
from ._tables import EXPLICIT, FROZEN, Marks, Tables

_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_BAD_IN_STR = _CTRL - frozenset("\t")
_BAD_IN_MULTILINE_STR = _CTRL - frozenset("\t\n")
_BAD_IN_COMMENT = _BAD_IN_STR
_WS = frozenset(" \t")
_WS_NL = _WS | frozenset("\n")
_BARE_KEY = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_HEX = frozenset(string.hexdigits)
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
            '\\"': '"', "\\\\": "\\"}


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a str into a dict."""
    # TOML allows reading "\r\n" as "\n", in strings too; a non-str fails here, as in CPython
    src = s.replace("\r\n", "\n")
    return _Parser(src, _checked_float(parse_float)).document()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


class _Parser:

    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.tables = Tables()
        self.marks = Marks()

    # ---- errors and skipping ------------------------------------------------

    def error(self, pos, msg):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        while pos < len(src) and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, expect, bad, eof_is_error):
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            end = len(src)
            if eof_is_error:
                raise self.error(end, f"Expected {expect!r}")
        if not bad.isdisjoint(src[pos:end]):
            while src[pos] not in bad:
                pos += 1
            raise self.error(pos, f"Found invalid character {src[pos]!r}")
        return end

    def skip_comment(self, pos):
        if self.char(pos) == "#":
            return self.skip_until(pos + 1, "\n", _BAD_IN_COMMENT, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _WS_NL))
            if pos == before:
                return pos

    # ---- statements ---------------------------------------------------------

    def document(self):
        pos = 0
        header = ()
        src = self.src
        while True:
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value_statement(pos, header)
                pos = self.skip(pos, _WS)
            elif c == "[":
                self.marks.finalize_pending()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _WS)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.tables.root

    def table_header(self, pos):
        pos, key = self.key(self.skip(pos + 1, _WS))
        if self.marks.has(key, EXPLICIT) or self.marks.has(key, FROZEN):
            raise self.error(pos, f"Cannot declare {key} twice")
        self.marks.set(key, EXPLICIT, recursive=False)
        try:
            self.tables.nest(key)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos):
        pos, key = self.key(self.skip(pos + 2, _WS))
        if self.marks.has(key, FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        # the new table is a fresh namespace, but [key] itself stays forbidden
        self.marks.unset_all(key)
        self.marks.set(key, EXPLICIT, recursive=False)
        try:
            self.tables.append_table(key)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_statement(self, pos, header):
        pos, key, value = self.key_value(pos)
        parent, stem = key[:-1], key[-1]
        abs_parent = header + parent
        for i in range(1, len(key)):
            opened = header + key[:i]
            if self.marks.has(opened, EXPLICIT):
                raise self.error(pos, f"Cannot redefine namespace {opened}")
            self.marks.add_pending(opened, EXPLICIT)
        if self.marks.has(abs_parent, FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {abs_parent}")
        try:
            table = self.tables.nest(abs_parent)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if stem in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.marks.set(header + key, FROZEN, recursive=True)
        table[stem] = value
        return pos

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _WS))
        return pos, key, value

    def key(self, pos):
        pos, part = self.key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.char(pos) == ".":
            pos, part = self.key_part(self.skip(pos + 1, _WS))
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE_KEY:
            end = self.skip(pos, _BARE_KEY)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, multiline=False)
        raise self.error(pos, "Invalid initial character for a key part")

    # ---- values -------------------------------------------------------------

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, literal=False)
            return self.basic_string(pos + 1, multiline=False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, literal=True)
            return self.literal_string(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _values.DATETIME.match(src, pos)
        if m:
            try:
                return m.end(), _values.to_datetime(m)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
        m = _values.LOCAL_TIME.match(src, pos)
        if m:
            return m.end(), _values.to_local_time(m)
        # after dates: a number's pattern would also take a date's year
        m = _values.NUMBER.match(src, pos)
        if m:
            return m.end(), _values.to_number(m, self.parse_float)
        if src[pos:pos + 3] in ("inf", "nan"):
            return pos + 3, self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.parse_float(src[pos:pos + 4])
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.skip_array_space(pos + 1)
        if self.src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.skip_array_space(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        tables = Tables()
        marks = Marks()
        pos = self.skip(pos + 1, _WS)
        if self.src.startswith("}", pos):
            return pos + 1, tables.root
        while True:
            pos, key, value = self.key_value(pos)
            parent, stem = key[:-1], key[-1]
            if marks.has(key, FROZEN):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            try:
                table = tables.nest(parent, into_lists=False)
            except KeyError:
                raise self.error(pos, "Cannot overwrite a value") from None
            if stem in table:
                raise self.error(pos, f"Duplicate inline table key {stem!r}")
            table[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, tables.root
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.set(key, FROZEN, recursive=True)
            pos = self.skip(pos + 1, _WS)

    # ---- strings ------------------------------------------------------------

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_until(start, "'", _BAD_IN_STR, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1  # a newline right after the opening quotes is not part of the string
        if literal:
            quote = "'"
            end = self.skip_until(pos, "'''", _BAD_IN_MULTILINE_STR, True)
            text = src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, multiline=True)
        # up to two quotes just before the closing three belong to the string
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            pos += 1
            text += quote
        return pos, text

    def basic_string(self, pos, multiline):
        """The string from pos (after its opening quote or quotes) to its closing quote(s)."""
        src = self.src
        bad = _BAD_IN_MULTILINE_STR if multiline else _BAD_IN_STR
        parts = []
        start = pos
        while True:
            if pos >= len(src):
                raise self.error(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, "".join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, "".join(parts)
                pos += 1
                continue
            if c == "\\":
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
                continue
            if c in bad:
                raise self.error(pos, f"Illegal character {c!r}")
            pos += 1

    def escape(self, pos, multiline):
        src = self.src
        escape = src[pos:pos + 2]
        pos += 2
        if multiline and escape in ("\\ ", "\\\t", "\\\n"):
            # a line-ending backslash swallows the newline and the blanks after it
            if escape != "\\\n":
                pos = self.skip(pos, _WS)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if escape == "\\u":
            return self.hex_char(pos, 4)
        if escape == "\\U":
            return self.hex_char(pos, 8)
        try:
            return pos, _ESCAPES[escape]
        except KeyError:
            raise self.error(pos, "Unescaped '\\' in a string") from None

    def hex_char(self, pos, length):
        digits = self.src[pos:pos + length]
        if len(digits) != length or not _HEX.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += length
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)
