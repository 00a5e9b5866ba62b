"""Simple API for XML (SAX): event-driven parsing with ContentHandler.

The parser is Weft's own (xml.sax._weft_saxreader), which reports events
and errors the way CPython's expat driver does.
"""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException,
                          SAXParseException, SAXNotSupportedException,
                          SAXReaderNotAvailable)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parses a file name or file object, calling handler's methods."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parses a str or bytes document, calling handler's methods."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    inpsrc = InputSource()
    if isinstance(string, str):
        inpsrc.setCharacterStream(io.StringIO(string))
    else:
        inpsrc.setByteStream(io.BytesIO(string))
    parser.parse(inpsrc)


default_parser_list = ["xml.sax._weft_saxreader"]


def make_parser(parser_list=()):
    """Returns a new XMLReader (Weft has one driver)."""
    from . import _weft_saxreader
    return _weft_saxreader.create_parser()
