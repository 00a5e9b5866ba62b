"""Python interfaces to XML parsers.

xml.parsers.expat here is Weft's stand-in for CPython's pyexpat binding:
the same API on Weft's own scanner (xml.etree._weft_xmlscan), which
reports errors with expat's messages, codes and positions.
"""
