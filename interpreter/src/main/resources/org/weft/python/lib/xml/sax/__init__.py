"""Simple API for XML (SAX).

Only xml.sax.saxutils's escaping helpers are provided in Weft; there is
no SAX parser driver (CPython's uses expat, which Weft does not have).
"""
