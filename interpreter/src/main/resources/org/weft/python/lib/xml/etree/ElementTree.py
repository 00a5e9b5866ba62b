"""Lightweight XML support for Python: the ElementTree API.

Elements and trees are plain Python objects; parsing uses Weft's own
scanner (xml.etree._weft_xmlscan) in place of expat, serialization lives in
xml.etree._weft_serialize and path queries in xml.etree.ElementPath.
"""

import io
import re

from . import ElementPath
from . import _weft_serialize as _ser
from ._weft_xmlparse import ParseError, XMLParser, TreeBuilder, XMLPullParser

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"
HTML_EMPTY = set(_ser.HTML_EMPTY)


class Element:
    """An XML element: tag, attrib dict, text, tail and a list of children."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(copy.deepcopy(self.tag, memo),
                                copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        # CPython 3.11's C Element answers len() != 0 without a warning.
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for elt in element:
                if not isinstance(elt, Element):
                    raise TypeError('expected an Element, not "%s"'
                                    % type(elt).__name__)
            self._children[index] = element
            return
        if not -len(self._children) <= index < len(self._children):
            raise IndexError("child assignment index out of range")
        self._check(element, "__setitem__() argument 2")
        self._children[index] = element

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._children[index]
            return
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._check(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for element in elements:
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"'
                                % type(element).__name__)
        self._children.extend(elements)

    def insert(self, index, subelement):
        self._check(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    @staticmethod
    def _check(e, what):
        # Compare CPython's argument clinic check in _elementtree.c.
        if not isinstance(e, Element):
            raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                            % (what, type(e).__name__))

    def remove(self, subelement):
        self._check(subelement, "remove() argument")
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    # Lists, not views: CPython's C Element (_elementtree) answers PyDict_Keys/PyDict_Items
    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        # Iterative, like CPython's C iterator, so deep trees do not hit
        # the recursion limit.
        if tag == "*":
            tag = None
        stack = [iter((self,))]
        while stack:
            for elem in stack[-1]:
                if tag is None or elem.tag == tag:
                    yield elem
                stack.append(iter(elem._children))
                break
            else:
                stack.pop()

    def itertext(self):
        # CPython's C Element yields the text of comments and PIs too.
        if self.text:
            yield self.text
        stack = [(iter(self._children), None)]
        while stack:
            children, owner = stack[-1]
            for child in children:
                if child.text:
                    yield child.text
                stack.append((iter(child._children), child))
                break
            else:
                stack.pop()
                if owner is not None and owner.tail:
                    yield owner.tail


def SubElement(parent, tag, attrib={}, **extra):
    """Creates an element, appends it to parent and returns it."""
    Element._check(parent, "SubElement() argument 1")
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    """An element that serializes as an XML comment."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """An element that serializes as a processing instruction."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, key or value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


def iselement(element):
    """True if element looks like an Element (has a tag)."""
    return hasattr(element, "tag")


class ElementTree:
    """A whole document: a root element plus file reading and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            import warnings
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed "
                "in a future version.  If you rely on the current behaviour, "
                "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text", "c14n"):
            raise ValueError("unknown method %r" % method)
        if method == "c14n":
            raise ValueError("c14n serialization is not supported")
        if not encoding:
            encoding = "us-ascii"
        with _open_sink(file_or_filename, encoding) as write:
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None
                    and encoding.lower() not in ("utf-8", "us-ascii", "unicode"))):
                declared = encoding
                if encoding.lower() == "unicode":
                    # CPython declares the locale's encoding; Weft's is UTF-8.
                    declared = "utf-8"
                write("<?xml version='1.0' encoding='%s'?>\n" % declared)
            if method == "text":
                write("".join(self._root.itertext()))
                return
            qnames, namespaces = _ser.collect_namespaces(
                self._root, default_namespace, Comment, ProcessingInstruction, QName)
            writer = _ser.Writer(write, qnames, namespaces, short_empty_elements,
                                 Comment, ProcessingInstruction, QName)
            if method == "html":
                writer.html(self._root, namespaces)
            else:
                writer.xml(self._root, namespaces)

    def write_c14n(self, file):
        raise ValueError("c14n serialization is not supported")


class _open_sink:
    """Context manager giving a write(str) that encodes for the target."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.close = None

    def __enter__(self):
        target, encoding = self.target, self.encoding
        if encoding.lower() == "unicode":
            if hasattr(target, "write"):
                return target.write
            f = open(target, "w", errors="xmlcharrefreplace")
            self.close = f.close
            return f.write
        if hasattr(target, "write"):
            out = target.write
        else:
            f = open(target, "wb")
            self.close = f.close
            out = f.write
        codec = encoding

        def write(text):
            out(text.encode(codec, "xmlcharrefreplace"))
        # Probe the codec now, as CPython does, so a bad name fails early.
        "".encode(codec)
        return write

    def __exit__(self, *exc):
        if self.close:
            self.close()
        return False


def register_namespace(prefix, uri):
    """Registers a prefix to use for uri when serializing."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    with _ser.namespace_lock:
        for k, v in list(_ser.namespace_map.items()):
            if k == uri or v == prefix:
                del _ser.namespace_map[k]
        _ser.namespace_map[uri] = prefix


def tostring(element, encoding=None, method=None, *,
             xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """Serializes element to bytes, or to str for encoding='unicode'."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """Like tostring, as a list of pieces."""
    parts = []

    class _Collect:
        def write(self, data):
            parts.append(data)
    ElementTree(element).write(_Collect(), encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return parts


def dump(elem):
    """Writes an element or tree to sys.stdout (for debugging)."""
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Adds whitespace in place so the tree prints one element per line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s" % level)
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def walk(elem, level):
        if len(indentations) <= level + 1:
            indentations.append(indentations[level] + space)
        child_indent = indentations[level + 1]
        if not elem.text or not elem.text.strip():
            elem.text = child_indent
        for child in elem:
            if len(child):
                walk(child, level + 1)
            if not child.tail or not child.tail.strip():
                child.tail = child_indent
        if not child.tail.strip():
            child.tail = indentations[level]
    walk(tree, 0)


def parse(source, parser=None):
    """Parses a file name or file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    """The iterator iterparse returns; .root is set once parsing is done."""

    def __init__(self, source, events, parser):
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._events = iter(())
        self._done = False
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            for event in self._events:
                return event
            if self._done:
                raise StopIteration
            try:
                data = self._source.read(16 * 1024)
                if data:
                    self._pull.feed(data)
                else:
                    self.root = self._pull._close_and_return_root()
                    self._done = True
            except BaseException:
                self._finish()
                raise
            self._events = self._pull.read_events()
            if self._done:
                self._finish()

    def _finish(self):
        if self._close_source:
            self._source.close()
            self._close_source = False

    def __del__(self):
        self._finish()


def iterparse(source, events=None, parser=None):
    """Parses incrementally, yielding (event, element) pairs."""
    return _IterParseIterator(source, events, parser)


def XML(text, parser=None):
    """Parses a document from a string and returns its root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """Parses text and returns (root, {id: element})."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id_ = elem.get("id")
        if id_:
            ids[id_] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    """Parses a document from a sequence of string fragments."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()
