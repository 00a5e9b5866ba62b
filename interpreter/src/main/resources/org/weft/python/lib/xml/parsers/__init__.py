"""Python interfaces to XML parsers.

Weft has no expat binding; ElementTree and minidom use the pure-Python
scanner in xml.etree._weft_xmlscan, which reports errors with expat's
messages and codes.
"""
