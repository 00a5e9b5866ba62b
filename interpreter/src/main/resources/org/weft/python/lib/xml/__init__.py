"""Core XML support for Python: the etree, dom, sax and parsers packages."""
