"""A small DOM Level 1/2 implementation: parse XML into Document, Element,
Text, ... nodes, edit them, and write them back with toxml/toprettyxml
(output identical to CPython's minidom).  Parsing uses Weft's scanner,
see xml.dom._weft_dombuilder."""

import io

import xml.dom
from xml.dom import Node, EMPTY_NAMESPACE, XMLNS_NAMESPACE


def _write_data(writer, data):
    if data:
        data = (data.replace("&", "&amp;").replace("<", "&lt;")
                .replace('"', "&quot;").replace(">", "&gt;"))
        writer.write(data)


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class _Node(Node):
    """Tree links and child editing shared by every node type."""
    namespaceURI = EMPTY_NAMESPACE
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_NAMESPACE
    nodeValue = None
    _child_types = ()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        children = self.childNodes
        if children:
            last = children[-1]
            node.previousSibling = last
            last.nextSibling = node
        else:
            node.previousSibling = None
        node.nextSibling = None
        children.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(refChild)
        except ValueError:
            raise xml.dom.NotFoundErr() from None
        self.childNodes.insert(index, newChild)
        newChild.nextSibling = refChild
        refChild.previousSibling = newChild
        prev = self.childNodes[index - 1] if index else None
        newChild.previousSibling = prev
        if prev is not None:
            prev.nextSibling = newChild
        newChild.parentNode = self
        return newChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr() from None
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        self.insertBefore(newChild, oldChild)
        self.removeChild(oldChild)
        return oldChild

    def normalize(self):
        """Merges adjacent Text children and drops empty ones, recursively."""
        result = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if result and result[-1].nodeType == Node.TEXT_NODE:
                    result[-1].data += child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            result.append(child)
        self.childNodes[:] = result
        prev = None
        for child in result:
            child.previousSibling = prev
            child.nextSibling = None
            if prev is not None:
                prev.nextSibling = child
            prev = child

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None,
                    standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()


class _Leaf(_Node):
    """A node that cannot have children."""
    childNodes = NodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes cannot have children")

    insertBefore = replaceChild = appendChild

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def hasChildNodes(self):
        return False

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


class CharacterData(_Leaf):
    """Text, Comment and CDATA: nodes whose content is a string."""

    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[0:10], dots)

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (3, 4):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (3, 4):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Attr(_Leaf):
    nodeType = Node.ATTRIBUTE_NODE
    specified = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.name = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.value = ""
        self.ownerElement = None

    @property
    def nodeName(self):
        return self.name

    @property
    def localName(self):
        return self._local or self.name.split(":", 1)[-1]

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value


class NamedNodeMap:
    """An element's attributes, by name, in insertion order."""

    def __init__(self, element):
        self._attrs = element._attrs
        self._element = element

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for attr in self._attrs.values():
                if (attr.namespaceURI, attr.localName) == name:
                    return attr
            raise KeyError(name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._element.setAttribute(name, value)
        else:
            self._element.setAttributeNode(value)

    def __delitem__(self, name):
        self._element.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_types = (1, 7, 8, 3, 4, 5)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def localName(self):
        return self._local or self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr.value
        return ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        attr = self._attrs.get(qualifiedName)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, None, prefix)
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
        attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs.pop(name)
        except KeyError:
            raise xml.dom.NotFoundErr() from None
        attr.ownerElement = None

    def removeAttributeNode(self, node):
        if self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr()
        self.removeAttribute(node.name)
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def hasAttributeNS(self, namespaceURI, localName):
        return any(a.namespaceURI == namespaceURI and a.localName == localName
                   for a in self._attrs.values())

    def getElementsByTagName(self, name):
        return _elements_by_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_ns(self, namespaceURI, localName, NodeList())

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        children = self.childNodes
        if not children:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(children) == 1 and children[0].nodeType in (
                Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            children[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for node in children:
                node.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))

    def unlink(self):
        for attr in self._attrs.values():
            attr.ownerElement = None
        self._attrs = {}
        _Node.unlink(self)


def _elements_by_name(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            _elements_by_name(node, name, found)
    return found


def _elements_by_ns(parent, uri, local, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local in ("*", node.localName)
                    and uri in ("*", node.namespaceURI)):
                found.append(node)
            _elements_by_ns(node, uri, local, found)
    return found


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None

    def __init__(self, qualifiedName, publicId=None, systemId=None,
                 internalSubset=None):
        self.name = self.nodeName = qualifiedName
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = internalSubset

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = (1, 3, 4, 5, 7, 8)

    def __init__(self):
        self.childNodes = NodeList()


class Document(_Node):
    """The root of a DOM tree and the factory for its nodes."""
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    doctype = None
    _child_types = (1, 7, 8, 10)

    def __init__(self):
        self.childNodes = NodeList()
        self.implementation = DOMImplementation()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        if node.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = node
        return _Node.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.split(":", 1)[0] if ":" in qualifiedName else None
        return self._own(Attr(qualifiedName, namespaceURI, None, prefix))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementsByTagName(self, name):
        return _elements_by_name(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_ns(self, namespaceURI, localName, NodeList())

    def getElementById(self, elementId):
        return None

    def cloneNode(self, deep):
        return None

    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _clone(node, deep, document):
    kind = node.nodeType
    if kind == Node.ELEMENT_NODE:
        copy = document.createElementNS(node.namespaceURI, node.tagName)
        for name, attr in node._attrs.items():
            copy.setAttributeNS(attr.namespaceURI, name, attr.value)
        if deep:
            for child in node.childNodes:
                copy.appendChild(_clone(child, True, document))
        return copy
    if kind == Node.TEXT_NODE:
        return document.createTextNode(node.data)
    if kind == Node.CDATA_SECTION_NODE:
        return document.createCDATASection(node.data)
    if kind == Node.COMMENT_NODE:
        return document.createComment(node.data)
    if kind == Node.PROCESSING_INSTRUCTION_NODE:
        return document.createProcessingInstruction(node.target, node.data)
    if kind == Node.ATTRIBUTE_NODE:
        copy = document.createAttributeNS(node.namespaceURI, node.name)
        copy.value = node.value
        return copy
    if kind == Node.DOCUMENT_FRAGMENT_NODE:
        copy = document.createDocumentFragment()
        if deep:
            for child in node.childNodes:
                copy.appendChild(_clone(child, True, document))
        return copy
    raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))


class DOMImplementation:
    """Creates documents and document types."""

    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr(
                "doctype object owned by another DOM tree")
        doc = Document()
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()


def parse(file, parser=None, bufsize=None):
    """Parses a file name or file object into a Document."""
    if parser is not None:
        raise NotSupportedErr_parser()
    from xml.dom import _weft_dombuilder
    if hasattr(file, "read"):
        return _weft_dombuilder.build(file.read())
    with open(file, "rb") as f:
        return _weft_dombuilder.build(f.read())


def parseString(string, parser=None):
    """Parses a str or bytes document into a Document."""
    if parser is not None:
        raise NotSupportedErr_parser()
    from xml.dom import _weft_dombuilder
    return _weft_dombuilder.build(string)


def NotSupportedErr_parser():
    # SAX parsers are not available in Weft (no xml.sax driver).
    return xml.dom.NotSupportedErr("SAX parsers are not supported by Weft's minidom")
