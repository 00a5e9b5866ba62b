"""ElementTree's parser side: ParseError, XMLParser, TreeBuilder and
XMLPullParser, driving the Weft scanner the way CPython drives expat."""

import codecs
import re

from . import _weft_xmlscan as _scan

_MODULE = "xml.etree.ElementTree"
_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")


class ParseError(SyntaxError):
    """An XML document that is not well-formed; .code and .position as expat."""


ParseError.__module__ = _MODULE


def _parse_error(code, position):
    err = ParseError("%s: line %d, column %d"
                     % (_scan.MESSAGES.get(code, "unknown encoding"), *position))
    err.code = code
    err.position = position
    return err


class TreeBuilder:
    """Builds an element tree from start/end/data/comment/pi calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        from .ElementTree import Element, Comment, ProcessingInstruction
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


TreeBuilder.__module__ = _MODULE


class _Handler:
    """Adapts scanner callbacks to a target object and an event queue."""

    def __init__(self, target):
        self.target = target
        self.events = None
        self.wanted = ()
        # Looked up once: the target's methods are called for every token.
        self._start = getattr(target, "start", None)
        self._end = getattr(target, "end", None)
        self._data = getattr(target, "data", None)

    def _call(self, name, *args):
        method = getattr(self.target, name, None)
        return method(*args) if method is not None else None

    def start(self, tag, attrs, decls):
        for prefix, uri in decls:
            self._call("start_ns", prefix, uri)
            if "start-ns" in self.wanted:
                self.events.append(("start-ns", (prefix, uri)))
        elem = self._start(tag, attrs) if self._start is not None else None
        if self.wanted and "start" in self.wanted:
            self.events.append(("start", elem))

    def end(self, tag, decls):
        elem = self._end(tag) if self._end is not None else None
        if self.wanted and "end" in self.wanted:
            self.events.append(("end", elem))
        for prefix, _ in reversed(decls):
            self._call("end_ns", prefix)
            if "end-ns" in self.wanted:
                self.events.append(("end-ns", None))

    def data(self, text):
        if text and self._data is not None:
            self._data(text)

    def comment(self, text):
        elem = self._call("comment", text)
        if "comment" in self.wanted:
            self.events.append(("comment", elem))

    def pi(self, target, text):
        elem = self._call("pi", target, text)
        if "pi" in self.wanted:
            self.events.append(("pi", elem))

    def doctype(self, name, pubid, system, subset):
        self._call("doctype", name, pubid, system)


class XMLParser:
    """Parses XML fed as str or bytes and reports it to target (a
    TreeBuilder by default); close() returns target.close()."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self._encoding = encoding
        self._handler = _Handler(target)
        self._scanner = _scan.Scanner(self._handler)
        self.entity = self._scanner.entity
        self.version = "Expat 2.5.0"
        self._decoder = None
        self._pending = b""

    def feed(self, data):
        try:
            if isinstance(data, str):
                self._scanner.feed(data)
            elif isinstance(data, (bytes, bytearray, memoryview)):
                self._feed_bytes(bytes(data), False)
            else:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__)
        except _scan.ScanError as e:
            raise _parse_error(e.code, self._scanner.position(e.offset)) from None

    def _feed_bytes(self, data, final):
        if self._decoder is None:
            self._pending += data
            data = self._pending
            if not final and (len(data) < 5 or (
                    data.startswith(b"<?xml") and b"?>" not in data)):
                return
            self._pending = b""
            self._decoder = self._make_decoder(data)
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError as e:
            # Scan the good prefix first, so the error lands where expat
            # would put it: at the first undecodable character.
            try:
                self._scanner.feed(self._decoder.decode(data[:e.start]))
            except UnicodeDecodeError:
                pass
            raise _scan.ScanError(_scan.INVALID_TOKEN, len(self._scanner._buf))
        self._scanner.feed(text, final)

    def _make_decoder(self, head):
        encoding = self._encoding
        if encoding is None:
            if head.startswith(codecs.BOM_UTF8):
                encoding = "utf-8-sig"
            elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                encoding = "utf-16"
            else:
                m = _DECL_ENCODING.match(head)
                encoding = m.group(1).decode("ascii") if m else "utf-8"
                if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
                    encoding = "utf-8-sig"
        try:
            return codecs.getincrementaldecoder(encoding)()
        except LookupError:
            raise _parse_error(18, (1, head.find(b"encoding"))) from None

    def close(self):
        try:
            if self._decoder is not None or self._pending:
                self._feed_bytes(b"", True)
            self._scanner.close()
        except _scan.ScanError as e:
            raise _parse_error(e.code, self._scanner.position(e.offset)) from None
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    def _setevents(self, events, wanted):
        self._handler.events = events
        self._handler.wanted = frozenset(wanted)


XMLParser.__module__ = _MODULE

_KNOWN_EVENTS = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        for event in events:
            if event not in _KNOWN_EVENTS:
                raise ValueError("unknown event %r" % (event,))
        self._parser._setevents(self._events, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


XMLPullParser.__module__ = _MODULE
