"""A Python-level stand-in for CPython's pyexpat binding.

Weft has no expat: ParserCreate returns a parser on Weft's own XML scanner
that calls the same handler attributes with the same arguments and raises
ExpatError with expat's messages, codes and positions.  Handlers for DTD
declarations (elements, attribute lists, notations, external entities) are
accepted but never called: the scanner does not read DTDs beyond internal
general entities.
"""

from xml.etree import _weft_xmlscan as _scan
from xml.etree._weft_xmlparse import XMLParser, ParseError
from xml.parsers import _weft_expat_errors as errors
import sys as _sys
# CPython exposes the error table as the submodule xml.parsers.expat.errors.
_sys.modules.setdefault(__name__ + ".errors", errors)

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1)]


class ExpatError(Exception):
    """A document is not well-formed: .code, .lineno and .offset as expat."""


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """expat's message for an error code."""
    return errors.messages.get(code)


_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
    "SkippedEntityHandler",
)


class _Events:
    """Scanner callbacks dispatched to the handlers set on an XMLParserType."""

    def __init__(self, parser):
        self.p = parser
        self.buffer = []

    def _emit(self, name, *args):
        handler = getattr(self.p, name, None)
        if handler is not None:
            handler(*args)

    def flush(self):
        if self.buffer:
            text = "".join(self.buffer)
            self.buffer = []
            self._emit("CharacterDataHandler", text)

    def _name(self, name):
        sep = self.p._separator
        if sep is not None and name[:1] == "{":
            uri, _, local = name[1:].partition("}")
            return uri + sep + local
        return name

    def start(self, tag, attrs, decls):
        self.flush()
        for prefix, uri in decls:
            self._emit("StartNamespaceDeclHandler", prefix or None, uri)
        if self.p.ordered_attributes:
            flat = []
            for name, value in attrs.items():
                flat.extend((self._name(name), value))
            attrs = flat
        else:
            attrs = {self._name(name): value for name, value in attrs.items()}
        self._emit("StartElementHandler", self._name(tag), attrs)

    def end(self, tag, decls):
        self.flush()
        self._emit("EndElementHandler", self._name(tag))
        for prefix, _ in reversed(decls):
            self._emit("EndNamespaceDeclHandler", prefix or None)

    def data(self, text):
        if not text:
            return
        if self.p.buffer_text:
            self.buffer.append(text)
        else:
            self._emit("CharacterDataHandler", text)

    def cdata_section(self, starting):
        self.flush()
        self._emit("StartCdataSectionHandler" if starting
                   else "EndCdataSectionHandler")

    def comment(self, text):
        self.flush()
        self._emit("CommentHandler", text)

    def pi(self, target, text):
        self.flush()
        self._emit("ProcessingInstructionHandler", target, text)

    def xmldecl(self, version, encoding, standalone):
        self._emit("XmlDeclHandler", version, encoding, standalone)

    def doctype(self, name, pubid, system, subset):
        self._emit("StartDoctypeDeclHandler", name, system, pubid,
                   int(subset is not None))
        self._emit("EndDoctypeDeclHandler")


class XMLParserType:
    """An expat-style parser: set handler attributes, then Parse()."""

    def __init__(self, encoding, namespace_separator):
        for name in _HANDLERS:
            setattr(self, name, None)
        self._separator = namespace_separator
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._error = None
        self._finished = False
        self._events = _Events(self)
        self._parser = XMLParser(target=self._events, encoding=encoding)
        self._parser._handler = self._events
        scanner = _scan.Scanner(self._events,
                                expand_names=namespace_separator is not None)
        scanner.chunked = True
        scanner.check_prefixes = namespace_separator is not None
        self._parser._scanner = self._scanner = scanner

    @property
    def CurrentLineNumber(self):
        return self._scanner.position(self._scanner._pos)[0]

    @property
    def CurrentColumnNumber(self):
        return self._scanner.position(self._scanner._pos)[1]

    @property
    def CurrentByteIndex(self):
        return self._scanner._pos

    def Parse(self, data, isfinal=False):
        """Parses a piece of the document; isfinal marks the last one."""
        if self._error is not None:
            raise self._error
        if self._finished:
            raise self._fail(errors.codes[errors.XML_ERROR_FINISHED], None)
        try:
            if data:
                self._parser.feed(data)
            if isfinal:
                self._finished = True
                self._parser.close()
        except ParseError as e:
            raise self._fail(e.code, e.position) from None
        finally:
            self._events.flush()
        return 1

    def ParseFile(self, file):
        """Parses everything read from a file object."""
        return self.Parse(file.read(), True)

    def _fail(self, code, position):
        if position is None:
            position = (self.CurrentLineNumber, self.CurrentColumnNumber)
        error = ExpatError("%s: line %d, column %d"
                           % (errors.messages[code], position[0], position[1]))
        error.code = code
        error.lineno, error.offset = position
        self.ErrorCode = code
        self.ErrorLineNumber, self.ErrorColumnNumber = position
        self.ErrorByteIndex = self.CurrentByteIndex
        self._error = error
        return error

    def SetParamEntityParsing(self, flag):
        return 0

    def UseForeignDTD(self, flag=True):
        pass

    def GetBase(self):
        return getattr(self, "_base", None)

    def SetBase(self, base):
        self._base = base


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Returns a new parser; namespace_separator turns on namespace mode."""
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError("namespace_separator must be at most one character, "
                         "omitted, or None")
    return XMLParserType(encoding, namespace_separator)
