"""Weft's SAX driver: an XMLReader on Weft's XML scanner, reporting events
as CPython's expat driver does (character data in expat's pieces, expat's
error messages).  External entities are never fetched."""

from xml.etree import _weft_xmlscan as _scan
from xml.etree._weft_xmlparse import XMLParser, ParseError
from . import handler as _handler
from . import xmlreader
from ._exceptions import (SAXParseException, SAXNotRecognizedException,
                          SAXNotSupportedException)


class _ErrorLocator:
    def __init__(self, sysid, position):
        self._sysid = sysid
        self._position = position

    def getColumnNumber(self):
        return self._position[1]

    def getLineNumber(self):
        return self._position[0]

    def getPublicId(self):
        return None

    def getSystemId(self):
        return self._sysid


class WeftLocator(xmlreader.Locator):
    """Line and column of the construct being reported."""

    def __init__(self, reader):
        self._reader = reader

    def _position(self):
        scanner = self._reader._scanner
        if scanner is None:
            return None, None
        return scanner.position(scanner._pos)

    def getColumnNumber(self):
        return self._position()[1]

    def getLineNumber(self):
        return self._position()[0]

    def getPublicId(self):
        return None

    def getSystemId(self):
        return self._reader._sysid


class _Events:
    """Scanner callbacks turned into ContentHandler calls."""

    def __init__(self, reader):
        self.reader = reader
        self.content = reader._cont_handler
        self.ns = reader._namespaces
        self.scopes = [{"xml": _scan.XML_NAMESPACE}]

    def start(self, tag, attrs, decls):
        if not self.ns:
            self.content.startElement(tag, xmlreader.AttributesImpl(attrs))
            return
        scope = self.scopes[-1]
        if decls:
            scope = dict(scope)
            scope.update(decls)
        self.scopes.append(scope)
        for prefix, uri in decls:
            self.content.startPrefixMapping(prefix or None, uri)
        values, qnames = {}, {}
        for name, value in attrs.items():
            key = _split(name)
            values[key] = value
            qnames[key] = _qualified(key, scope)
        self.content.startElementNS(_split(tag), None,
                                    xmlreader.AttributesNSImpl(values, qnames))

    def end(self, tag, decls):
        if not self.ns:
            self.content.endElement(tag)
            return
        self.scopes.pop()
        self.content.endElementNS(_split(tag), None)
        for prefix, _ in reversed(decls):
            self.content.endPrefixMapping(prefix or None)

    def data(self, text):
        if text:
            self.content.characters(text)

    def comment(self, text):
        lex = self.reader._lex_handler
        if lex is not None:
            lex.comment(text)

    def pi(self, target, text):
        self.content.processingInstruction(target, text)

    def doctype(self, name, pubid, system, subset):
        lex = self.reader._lex_handler
        if lex is not None:
            lex.startDTD(name, pubid, system)
            lex.endDTD()


def _qualified(key, scope):
    """The prefixed name an attribute was written with (its qname)."""
    uri, local = key
    if uri is None:
        return local
    for prefix, bound in reversed(list(scope.items())):
        if bound == uri and prefix:
            return prefix + ":" + local
    return local


def _split(name):
    if name[:1] == "{":
        uri, _, local = name[1:].partition("}")
        return uri, local
    return None, name


class WeftSAXReader:
    """An XMLReader: set handlers and features, then parse(source)."""

    def __init__(self):
        self._cont_handler = _handler.ContentHandler()
        self._err_handler = _handler.ErrorHandler()
        self._dtd_handler = _handler.DTDHandler()
        self._ent_handler = _handler.EntityResolver()
        self._lex_handler = None
        self._namespaces = False
        self._external_ges = False
        self._scanner = None
        self._sysid = None

    def getContentHandler(self):
        return self._cont_handler

    def setContentHandler(self, handler):
        self._cont_handler = handler

    def getErrorHandler(self):
        return self._err_handler

    def setErrorHandler(self, handler):
        self._err_handler = handler

    def getDTDHandler(self):
        return self._dtd_handler

    def setDTDHandler(self, handler):
        self._dtd_handler = handler

    def getEntityResolver(self):
        return self._ent_handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        if name == _handler.feature_namespaces:
            return self._namespaces
        if name in (_handler.feature_string_interning,
                    _handler.feature_validation,
                    _handler.feature_namespace_prefixes,
                    _handler.feature_external_pes):
            return 0
        if name == _handler.feature_external_ges:
            return self._external_ges
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._scanner is not None:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == _handler.feature_namespaces:
            self._namespaces = state
        elif name == _handler.feature_external_ges:
            self._external_ges = state
        elif name in (_handler.feature_validation,
                      _handler.feature_namespace_prefixes,
                      _handler.feature_external_pes,
                      _handler.feature_string_interning):
            if state:
                raise SAXNotSupportedException(
                    "Weft's SAX parser does not support %s" % name.rsplit("/", 1)[-1])
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == _handler.property_lexical_handler:
            return self._lex_handler
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == _handler.property_lexical_handler:
            self._lex_handler = value
            return
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def parse(self, source):
        data, self._sysid = _read_source(source)
        events = _Events(self)
        parser = XMLParser(target=events)
        parser._handler = events
        self._scanner = _scan.Scanner(events, expand_names=self._namespaces)
        self._scanner.chunked = True
        self._scanner.check_prefixes = bool(self._namespaces)
        parser._scanner = self._scanner
        self._cont_handler.setDocumentLocator(WeftLocator(self))
        self._cont_handler.startDocument()
        try:
            parser.feed(data)
            parser.close()
        except ParseError as e:
            message = str(e).rsplit(": line ", 1)[0]
            exc = SAXParseException(message, None,
                                    _ErrorLocator(self._sysid, e.position))
            self._err_handler.fatalError(exc)
            return
        finally:
            self._scanner = None
        self._cont_handler.endDocument()


def _read_source(source):
    """The bytes or text of a source and its system id."""
    if isinstance(source, xmlreader.InputSource):
        stream = source.getCharacterStream() or source.getByteStream()
        if stream is None:
            with open(source.getSystemId(), "rb") as f:
                return f.read(), source.getSystemId()
        return stream.read(), source.getSystemId()
    if hasattr(source, "read"):
        return source.read(), getattr(source, "name", None)
    import os
    path = os.fspath(source)
    with open(path, "rb") as f:
        return f.read(), path


def create_parser(*args, **kwargs):
    return WeftSAXReader()
