"""Builds a minidom Document from Weft's XML scanner, the way CPython's
expatbuilder does: adjacent character data merges into one Text node,
CDATA sections stay CDATASection nodes, namespace declarations come first
among an element's attributes."""

from xml.dom import minidom, XMLNS_NAMESPACE
from xml.etree import _weft_xmlscan as _scan
from xml.etree._weft_xmlparse import XMLParser, ParseError
from xml.parsers.expat import ExpatError


class _DomHandler:
    def __init__(self):
        self.document = minidom.Document()
        self.node = self.document
        self.scopes = [{"xml": _scan.XML_NAMESPACE}]

    def start(self, tag, attrs, decls):
        scope = self.scopes[-1]
        if decls:
            scope = dict(scope)
            scope.update(decls)
        self.scopes.append(scope)
        prefix, _, local = tag.rpartition(":")
        element = minidom.Element(tag, scope.get(prefix or ""), prefix or None)
        element.ownerDocument = self.document
        ordered = sorted(attrs.items(),
                         key=lambda kv: not (kv[0] == "xmlns"
                                             or kv[0].startswith("xmlns:")))
        for name, value in ordered:
            aprefix, _, alocal = name.rpartition(":")
            if name == "xmlns" or aprefix == "xmlns":
                uri = XMLNS_NAMESPACE
            else:
                uri = scope.get(aprefix) if aprefix else None
            attr = minidom.Attr(name, uri, None, aprefix or None)
            attr.value = value
            attr.ownerDocument = self.document
            element.setAttributeNode(attr)
        self.node.appendChild(element)
        self.node = element

    def end(self, tag, decls):
        self.scopes.pop()
        self.node = self.node.parentNode

    def data(self, text):
        if not text:
            return
        last = self.node.lastChild
        if last is not None and last.nodeType == minidom.Node.TEXT_NODE:
            last.data += text
            return
        node = minidom.Text(text)
        node.ownerDocument = self.document
        self.node.appendChild(node)

    def cdata(self, text):
        if not text:
            # expat reports no data for an empty section, so no node.
            return
        node = minidom.CDATASection(text)
        node.ownerDocument = self.document
        self.node.appendChild(node)

    def comment(self, text):
        self.node.appendChild(self.document.createComment(text))

    def pi(self, target, text):
        self.node.appendChild(
            self.document.createProcessingInstruction(target, text))

    def doctype(self, name, pubid, system, subset):
        doctype = minidom.DocumentType(name, pubid, system,
                                       subset.strip() if subset else None)
        doctype.ownerDocument = self.document
        self.document.appendChild(doctype)


def build(source):
    """Parses str or bytes into a minidom Document (ParseError if bad)."""
    handler = _DomHandler()
    parser = XMLParser(target=handler)
    parser._handler = handler
    parser._scanner = _scan.Scanner(handler, expand_names=False)
    try:
        parser.feed(source)
        parser.close()
    except ParseError as e:
        # minidom reports expat's own exception type, not ElementTree's.
        error = ExpatError(str(e))
        error.code = e.code
        error.lineno, error.offset = e.position
        raise error from None
    return handler.document
