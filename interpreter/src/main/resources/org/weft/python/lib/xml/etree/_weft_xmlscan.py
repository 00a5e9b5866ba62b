"""A non-validating, namespace-aware XML scanner written for Weft.

It plays the role expat plays for CPython's ElementTree: it is fed text
(incrementally), and calls handler methods for start tags, end tags,
character data, comments and processing instructions.  Errors are raised
as ScanError carrying expat's message text, error code and (line, column)
position, because programs compare those against CPython's.

External entities are never loaded (CPython's expat does not fetch them
either); internal general entities declared in the DOCTYPE are expanded.
"""

import re

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

# expat error codes and their messages (XML_ErrorString).
SYNTAX = 2
NO_ELEMENTS = 3
INVALID_TOKEN = 4
UNCLOSED_TOKEN = 5
TAG_MISMATCH = 7
DUPLICATE_ATTRIBUTE = 8
JUNK_AFTER_DOC_ELEMENT = 9
UNDEFINED_ENTITY = 11
BAD_CHAR_REF = 14
MISPLACED_XML_PI = 17
UNBOUND_PREFIX = 27
MESSAGES = {
    SYNTAX: "syntax error",
    NO_ELEMENTS: "no element found",
    INVALID_TOKEN: "not well-formed (invalid token)",
    UNCLOSED_TOKEN: "unclosed token",
    TAG_MISMATCH: "mismatched tag",
    DUPLICATE_ATTRIBUTE: "duplicate attribute",
    JUNK_AFTER_DOC_ELEMENT: "junk after document element",
    UNDEFINED_ENTITY: "undefined entity",
    BAD_CHAR_REF: "reference to invalid character number",
    MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    UNBOUND_PREFIX: "unbound prefix",
}

_NAME_START = "A-Za-z_:\u00c0-\ufffd"
_NAME = re.compile("[%s][%s\\-.0-9\u00b7]*" % (_NAME_START, _NAME_START))
_SPACE = re.compile("[ \t\n]*")
_NAME_SRC = _NAME.pattern
# Fast path for a complete, well-formed start tag; anything else goes
# through the careful character-by-character path that locates errors.
_START_TAG = re.compile(
    "<(%s)((?:[ \t\n]+%s[ \t\n]*=[ \t\n]*(?:\"[^\"<]*\"|'[^'<]*'))*)[ \t\n]*(/?)>"
    % (_NAME_SRC, _NAME_SRC))
_ATTRIBUTE = re.compile(
    "[ \t\n]+(%s)[ \t\n]*=[ \t\n]*(?:\"([^\"]*)\"|'([^']*)')" % _NAME_SRC)
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_ENTITY_DECL = re.compile(
    r"<!ENTITY\s+([^\s%]+)\s+(?:\"([^\"]*)\"|'([^']*)')\s*>")


_NMTOKEN = re.compile("[%s\\-.0-9\u00b7]+" % _NAME_START)
_TOKEN_ENDS = " \t\n>?|,)*+"
_CHUNK = re.compile("\n|&[^;&]*;?|[^&\n]+")
_CDATA_CHUNK = re.compile("\n|[^\n]+")


_PSEUDO_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _declaration(text):
    """(version, encoding, standalone) of an XML declaration, as expat
    reports them: standalone is 1, 0, or -1 when absent."""
    values = {}
    for m in _PSEUDO_ATTR.finditer(text):
        values[m.group(1)] = m.group(2) if m.group(2) is not None else m.group(3)
    standalone = values.get("standalone")
    return (values.get("version"), values.get("encoding"),
            -1 if standalone is None else int(standalone == "yes"))


class ScanError(Exception):
    """A well-formedness error: code, expat message and 0-based offset."""

    def __init__(self, code, offset):
        Exception.__init__(self, MESSAGES[code])
        self.code = code
        self.offset = offset


class _Incomplete(Exception):
    """Raised inside a token parser when the buffer ends mid-token."""


class Scanner:
    """Scans XML text fed in pieces and reports it to a handler.

    The handler provides start(tag, attrs, nsdecls), end(tag, nsdecls),
    data(text), comment(text), pi(target, text) and doctype(name, pubid,
    system).  Tags and attribute names arrive as '{uri}local' when
    namespaced.
    """

    def __init__(self, handler, expand_names=True):
        self._h = handler
        self._expand_names = expand_names
        # minidom keeps CDATA sections apart; ElementTree sees plain data.
        self._cdata_handler = getattr(handler, "cdata", handler.data)
        # SAX sees character data in expat's pieces: each newline and each
        # reference on its own.
        self.chunked = False
        # A SAX reader without the namespaces feature accepts any prefix.
        self.check_prefixes = True
        self._buf = ""
        self._pos = 0
        self._pending_cr = False
        self._stack = []          # (qname, nsdecls, tag) of open elements
        self._scopes = [{"xml": XML_NAMESPACE}]
        self._root_seen = False
        self._entities = {}
        self.entity = self._entities

    # -- input -----------------------------------------------------------
    def feed(self, text, final=False):
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._pending_cr = True
        # XML end-of-line handling: CR LF and lone CR become LF.
        self._buf += text.replace("\r\n", "\n").replace("\r", "\n")
        self._scan(final)

    def close(self):
        self.feed("", True)
        if self._stack or not self._root_seen:
            raise ScanError(NO_ELEMENTS, len(self._buf))

    def position(self, offset):
        """(line, column) of an offset, as expat counts them."""
        buf = self._buf
        line = buf.count("\n", 0, offset) + 1
        col = offset - (buf.rfind("\n", 0, offset) + 1)
        return line, col

    # -- the main loop -----------------------------------------------------
    def _scan(self, final):
        buf = self._buf
        while self._pos < len(buf):
            i = self._pos
            try:
                if buf[i] == "<":
                    end = self._markup(i, final)
                else:
                    end = self._text(i, final)
            except _Incomplete:
                if final:
                    raise ScanError(UNCLOSED_TOKEN, i) from None
                return
            if end is None:
                return
            self._pos = end

    def _need(self, i, final):
        if i >= len(self._buf):
            raise _Incomplete()

    def _markup(self, i, final):
        buf = self._buf
        self._need(i + 1, final)
        c = buf[i + 1]
        if c == "?":
            return self._pi(i)
        if c == "/":
            return self._end_tag(i, final)
        if c == "!":
            for prefix, method in (("<!--", self._comment),
                                   ("<![CDATA[", self._cdata),
                                   ("<!DOCTYPE", self._doctype)):
                if buf.startswith(prefix, i):
                    return method(i)
                if prefix.startswith(buf[i:]):
                    raise _Incomplete()
            raise ScanError(INVALID_TOKEN, i + 1)
        return self._start_tag(i, final)

    # -- character data ----------------------------------------------------
    def _text(self, i, final):
        buf = self._buf
        j = buf.find("<", i)
        if j < 0:
            if not final:
                return None
            j = len(buf)
        raw = buf[i:j]
        if not self._stack:
            stripped = raw.lstrip(" \t\n")
            if stripped:
                self._misplaced_text(j - len(stripped))
            return j
        k = raw.find("]]>")
        if k >= 0:
            self._expand(raw[:k + 2], i, False)
            raise ScanError(INVALID_TOKEN, i + k + 2)
        if self.chunked:
            self._chunks(raw, i, self._h.data)
        else:
            self._h.data(self._expand(raw, i, False))
        return j

    def _chunks(self, raw, base, emit):
        for m in _CHUNK.finditer(raw):
            emit(self._expand(m.group(), base + m.start(), False))

    def _misplaced_text(self, p):
        """Raises expat's error for text outside the root element.

        expat tokenizes the prolog and epilog: a complete token there is a
        syntax error (or junk after the root); a character that cannot
        continue or start a token is an invalid token.
        """
        buf = self._buf
        complete = JUNK_AFTER_DOC_ELEMENT if self._root_seen else SYNTAX
        c = buf[p]
        if _NMTOKEN.match(c):
            q = _NMTOKEN.match(buf, p).end()
            if q >= len(buf) or buf[q] in _TOKEN_ENDS:
                raise ScanError(complete, p)
            raise ScanError(INVALID_TOKEN, q)
        if c in "\"'":
            q = buf.find(c, p + 1)
            bad = _BAD_CHAR.search(buf, p + 1, len(buf) if q < 0 else q)
            if bad:
                raise ScanError(INVALID_TOKEN, bad.start())
            if q < 0:
                raise ScanError(UNCLOSED_TOKEN, p)
            if q + 1 >= len(buf) or buf[q + 1] in " \t\n>[":
                raise ScanError(complete, p)
            raise ScanError(INVALID_TOKEN, q + 1)
        if c in "[]>()":
            raise ScanError(complete, p)
        if c == "%":
            raise ScanError(INVALID_TOKEN, p + 1)
        raise ScanError(INVALID_TOKEN, p)

    def _expand(self, raw, base, in_attr):
        """Replaces references in raw (which starts at offset base)."""
        bad = _BAD_CHAR.search(raw)
        if bad:
            # Errors are reported in document order: references first.
            self._expand(raw[:bad.start()], base, in_attr)
            raise ScanError(INVALID_TOKEN, base + bad.start())
        if "&" not in raw:
            return raw
        out = []
        start = 0
        while True:
            amp = raw.find("&", start)
            if amp < 0:
                out.append(raw[start:])
                return "".join(out)
            out.append(raw[start:amp])
            value, start = self._reference(raw, amp, base, in_attr)
            out.append(value)

    def _reference(self, raw, amp, base, in_attr):
        if raw.startswith("&#", amp):
            hexa = raw.startswith("&#x", amp)
            digits = re.compile("[0-9a-fA-F]*" if hexa else "[0-9]*")
            first = amp + (3 if hexa else 2)
            m = digits.match(raw, first)
            if m.end() == first or not raw.startswith(";", m.end()):
                self._unclosed_at_end(raw, m.end(), base, amp)
                raise ScanError(INVALID_TOKEN, base + m.end())
            n = int(m.group(), 16 if hexa else 10)
            if (n > 0x10FFFF or 0xD800 <= n <= 0xDFFF or n in (0xFFFE, 0xFFFF)
                    or (n < 0x20 and n not in (9, 10, 13))):
                raise ScanError(BAD_CHAR_REF, base + amp)
            return chr(n), m.end() + 1
        m = _NAME.match(raw, amp + 1)
        if not m:
            self._unclosed_at_end(raw, amp + 1, base, amp)
            raise ScanError(INVALID_TOKEN, base + amp + 1)
        if not raw.startswith(";", m.end()):
            self._unclosed_at_end(raw, m.end(), base, amp)
            raise ScanError(INVALID_TOKEN, base + m.end())
        name = m.group()
        if name in _PREDEFINED:
            return _PREDEFINED[name], m.end() + 1
        if name in self._entities:
            return self._entities[name], m.end() + 1
        raise ScanError(UNDEFINED_ENTITY, base + amp)

    def _unclosed_at_end(self, raw, stop, base, amp):
        """A reference cut off by the end of the document is unclosed."""
        if stop >= len(raw) and base + len(raw) >= len(self._buf):
            raise ScanError(UNCLOSED_TOKEN, base + amp)

    # -- comments, CDATA, PIs, DOCTYPE -------------------------------------
    def _comment(self, i):
        j = self._buf.find("-->", i + 4)
        if j < 0:
            raise _Incomplete()
        body = self._buf[i + 4:j]
        k = body.find("--")
        if k >= 0 or body.endswith("-"):
            at = k + 2 if k >= 0 else len(body) + 1
            raise ScanError(INVALID_TOKEN, i + 4 + at)
        self._h.comment(body)
        return j + 3

    def _cdata(self, i):
        if not self._stack:
            raise ScanError(JUNK_AFTER_DOC_ELEMENT if self._root_seen
                            else SYNTAX, i)
        j = self._buf.find("]]>", i + 9)
        if j < 0:
            raise _Incomplete()
        bracket = getattr(self._h, "cdata_section", None)
        if bracket is not None:
            bracket(True)
        if self.chunked:
            for m in _CDATA_CHUNK.finditer(self._buf, i + 9, j):
                self._cdata_handler(m.group())
        else:
            self._cdata_handler(self._buf[i + 9:j])
        if bracket is not None:
            bracket(False)
        return j + 3

    def _pi(self, i):
        buf = self._buf
        j = buf.find("?>", i + 2)
        if j < 0:
            raise _Incomplete()
        m = _NAME.match(buf, i + 2)
        if not m or m.end() > j:
            raise ScanError(INVALID_TOKEN, i + 2)
        target = m.group()
        rest = buf[m.end():j]
        if rest and rest[0] not in " \t\n":
            raise ScanError(INVALID_TOKEN, m.end())
        if target == "xml":
            if i != 0:
                raise ScanError(MISPLACED_XML_PI, i)
            xmldecl = getattr(self._h, "xmldecl", None)
            if xmldecl is not None:
                xmldecl(*_declaration(rest))
            return j + 2
        self._h.pi(target, rest.lstrip(" \t\n"))
        return j + 2

    def _doctype(self, i):
        buf = self._buf
        if self._root_seen and not self._stack:
            raise ScanError(JUNK_AFTER_DOC_ELEMENT, i)
        if self._stack:
            raise ScanError(INVALID_TOKEN, i + 2)
        bracket = buf.find("[", i)
        close = buf.find(">", i)
        if close < 0:
            raise _Incomplete()
        subset = ""
        if 0 <= bracket < close:
            end = buf.find("]", bracket)
            if end < 0:
                raise _Incomplete()
            close = buf.find(">", end)
            if close < 0:
                raise _Incomplete()
            subset = buf[bracket + 1:end]
            head = buf[i + 9:bracket]
        else:
            head = buf[i + 9:close]
        for m in _ENTITY_DECL.finditer(subset):
            value = m.group(2) if m.group(2) is not None else m.group(3)
            self._entities.setdefault(m.group(1), self._expand(value, 0, True))
        self._report_doctype(head, subset if 0 <= bracket < close else None)
        return close + 1

    def _report_doctype(self, head, subset):
        parts = re.findall(r"\"[^\"]*\"|'[^']*'|[^\s\"']+", head)
        name = parts[0] if parts else None
        pubid = system = None
        literals = [p[1:-1] for p in parts[2:]]
        if len(parts) > 1 and parts[1] == "PUBLIC" and literals:
            pubid = literals[0]
            system = literals[1] if len(literals) > 1 else None
        elif len(parts) > 1 and parts[1] == "SYSTEM" and literals:
            system = literals[0]
        self._h.doctype(name, pubid, system, subset)

    # -- tags ----------------------------------------------------------------
    def _start_tag(self, i, final):
        buf = self._buf
        if self._root_seen and not self._stack:
            if not _NAME.match(buf, i + 1):
                self._need(i + 1, final)
                raise ScanError(INVALID_TOKEN, i + 1)
            raise ScanError(JUNK_AFTER_DOC_ELEMENT, i)
        m = _START_TAG.match(buf, i)
        if m:
            attrs = self._fast_attributes(m)
            if attrs is not None:
                self._open(m.group(1), attrs, i)
                if m.group(3):
                    self._close_top()
                return m.end()
        return self._careful_start_tag(i, final)

    def _fast_attributes(self, m):
        """Attributes of a start tag the fast regex matched, or None when
        a duplicate needs the careful path to report its position."""
        attrs = []
        src = m.group(2)
        if not src:
            return attrs
        base = m.start(2)
        names = set()
        for a in _ATTRIBUTE.finditer(src):
            name = a.group(1)
            if name in names:
                return None
            names.add(name)
            value = a.group(2)
            group = 2
            if value is None:
                value, group = a.group(3), 3
            if "\t" in value or "\n" in value:
                value = value.replace("\t", " ").replace("\n", " ")
            if "&" in value or _BAD_CHAR.search(value):
                value = self._expand(value, base + a.start(group), True)
            attrs.append((name, value))
        return attrs

    def _careful_start_tag(self, i, final):
        buf = self._buf
        name, p = self._name(i + 1, final)
        attrs = []
        seen = {}
        while True:
            q = _SPACE.match(buf, p).end()
            self._need(q, final)
            c = buf[q]
            if c == ">":
                empty, end = False, q + 1
                break
            if c == "/":
                self._need(q + 1, final)
                if buf[q + 1] != ">":
                    raise ScanError(INVALID_TOKEN, q + 1)
                empty, end = True, q + 2
                break
            if q == p:
                raise ScanError(INVALID_TOKEN, q)
            aname, p = self._name(q, final)
            if aname in seen:
                raise ScanError(DUPLICATE_ATTRIBUTE, q)
            value, p = self._attr_value(p, final)
            seen[aname] = True
            attrs.append((aname, value))
        self._open(name, attrs, i)
        if empty:
            self._close_top()
        return end

    def _name(self, p, final):
        m = _NAME.match(self._buf, p)
        if not m:
            self._need(p, final)
            raise ScanError(INVALID_TOKEN, p)
        self._need(m.end(), final)
        return m.group(), m.end()

    def _attr_value(self, p, final):
        buf = self._buf
        p = _SPACE.match(buf, p).end()
        self._need(p, final)
        if buf[p] != "=":
            raise ScanError(INVALID_TOKEN, p)
        p = _SPACE.match(buf, p + 1).end()
        self._need(p, final)
        quote = buf[p]
        if quote not in "\"'":
            raise ScanError(INVALID_TOKEN, p)
        end = buf.find(quote, p + 1)
        lt = buf.find("<", p + 1, len(buf) if end < 0 else end)
        if lt >= 0:
            raise ScanError(INVALID_TOKEN, lt)
        if end < 0:
            raise _Incomplete()
        raw = buf[p + 1:end]
        # Attribute-value normalization: literal whitespace becomes a space.
        raw = raw.replace("\t", " ").replace("\n", " ")
        return self._expand(raw, p + 1, True), end + 1

    def _end_tag(self, i, final):
        buf = self._buf
        if not self._stack:
            raise ScanError(INVALID_TOKEN, i + 1)
        name, p = self._name(i + 2, final)
        q = _SPACE.match(buf, p).end()
        self._need(q, final)
        if buf[q] != ">":
            raise ScanError(INVALID_TOKEN, q)
        if not self._stack or self._stack[-1][0] != name:
            if not self._stack:
                raise ScanError(INVALID_TOKEN, i + 1)
            raise ScanError(TAG_MISMATCH, i + 2)
        self._close_top()
        return q + 1

    # -- namespaces ------------------------------------------------------------
    def _open(self, qname, attrs, offset):
        decls = []
        plain = []
        for aname, value in attrs:
            if not self._expand_names:
                if aname == "xmlns" or aname.startswith("xmlns:"):
                    decls.append((aname[6:], value))
                plain.append((aname, value))
            elif aname == "xmlns":
                decls.append(("", value))
            elif aname.startswith("xmlns:"):
                decls.append((aname[6:], value))
            else:
                plain.append((aname, value))
        scope = self._scopes[-1]
        if decls:
            scope = dict(scope)
            for prefix, uri in decls:
                scope[prefix] = uri
        tag = self._expand_name(qname, scope, True, offset)
        expanded = {}
        for aname, value in plain:
            expanded[self._expand_name(aname, scope, False, offset)] = value
        self._scopes.append(scope)
        self._stack.append((qname, decls, tag))
        self._root_seen = True
        self._h.start(tag, expanded, decls)

    def _expand_name(self, qname, scope, is_element, offset):
        prefix, colon, local = qname.partition(":")
        if not self._expand_names:
            # Raw mode (minidom): check the prefix, keep the qualified name.
            if (colon and self.check_prefixes and prefix != "xmlns"
                    and prefix not in scope):
                raise ScanError(UNBOUND_PREFIX, offset)
            return qname
        if not colon:
            uri = scope.get("") if is_element else None
            return "{%s}%s" % (uri, qname) if uri else qname
        uri = scope.get(prefix)
        if uri is None:
            raise ScanError(UNBOUND_PREFIX, offset)
        return "{%s}%s" % (uri, local)

    def _close_top(self):
        qname, decls, tag = self._stack.pop()
        self._scopes.pop()
        self._h.end(tag, decls)
