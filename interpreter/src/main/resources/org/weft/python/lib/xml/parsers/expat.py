"""The part of CPython's expat binding that Weft provides: ExpatError.

Weft has no expat; minidom parses with Weft's own scanner and reports
malformed documents with this exception, carrying expat's message, code,
lineno and offset.  ParserCreate is not provided.
"""


class ExpatError(Exception):
    """A document is not well-formed: .code, .lineno and .offset as expat."""


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError
