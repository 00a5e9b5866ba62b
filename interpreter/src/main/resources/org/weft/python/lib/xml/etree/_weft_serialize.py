"""Writes an element tree as XML, HTML or text, byte for byte as CPython.

Namespaced names ('{uri}local') get prefixes from the registered map or
ns0, ns1, ... in order of first use; all xmlns declarations go on the
top element, sorted by prefix.
"""

import threading

HTML_EMPTY = frozenset(("area", "base", "basefont", "br", "col", "embed",
                        "frame", "hr", "img", "input", "isindex", "link",
                        "meta", "param", "source", "track", "wbr"))

# Well-known prefixes, as ElementTree registers them; register_namespace
# adds to this map under the lock.
namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}
namespace_lock = threading.Lock()


def escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def escape_attrib(text):
    try:
        for old, new in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
                         ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
                         ("\t", "&#09;")):
            if old in text:
                text = text.replace(old, new)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def escape_attrib_html(text):
    try:
        for old, new in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
            if old in text:
                text = text.replace(old, new)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def collect_namespaces(elem, default_namespace, comment, pi, qname_type):
    """Maps each name used in the tree to its serialized qualified name.

    Returns (qnames, namespaces) where namespaces maps uri -> prefix.
    """
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        if qname[:1] != "{":
            if default_namespace:
                raise ValueError(
                    "cannot use non-qualified names with default_namespace option")
            qnames[qname] = qname
            return
        uri, _, local = qname[1:].rpartition("}")
        prefix = namespaces.get(uri)
        if prefix is None:
            with namespace_lock:
                prefix = namespace_map.get(uri)
            if prefix is None:
                prefix = "ns%d" % len(namespaces)
            if prefix != "xml":
                namespaces[uri] = prefix
        qnames[qname] = "%s:%s" % (prefix, local) if prefix else local

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, qname_type):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not comment and tag is not pi:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, qname_type):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, qname_type) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, qname_type) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


class Writer:
    """Serializes one tree to a write(str) callable."""

    def __init__(self, write, qnames, namespaces, short_empty, comment, pi,
                 qname_type):
        self.write = write
        self.qnames = qnames
        self.namespaces = namespaces
        self.short_empty = short_empty
        self.comment = comment
        self.pi = pi
        self.qname_type = qname_type

    def xml(self, elem, namespaces=None):
        write = self.write
        tag = elem.tag
        text = elem.text
        if tag is self.comment:
            write("<!--%s-->" % text)
        elif tag is self.pi:
            write("<?%s?>" % text)
        else:
            tag = self.qnames[tag.text if isinstance(tag, self.qname_type) else tag]
            if tag is None:
                if text:
                    write(escape_cdata(text))
                for child in elem:
                    self.xml(child)
            else:
                write("<" + tag)
                self._attributes(elem, namespaces, escape_attrib)
                if text or len(elem) or not self.short_empty:
                    write(">")
                    if text:
                        write(escape_cdata(text))
                    for child in elem:
                        self.xml(child)
                    write("</" + tag + ">")
                else:
                    write(" />")
        if elem.tail:
            write(escape_cdata(elem.tail))

    def _attributes(self, elem, namespaces, escape):
        write = self.write
        if namespaces:
            for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
                write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                         escape_attrib(uri)))
        for key, value in elem.items():
            if isinstance(key, self.qname_type):
                key = key.text
            if isinstance(value, self.qname_type):
                value = self.qnames[value.text]
            else:
                value = escape(value)
            write(' %s="%s"' % (self.qnames[key], value))

    def html(self, elem, namespaces=None):
        write = self.write
        tag = elem.tag
        text = elem.text
        if tag is self.comment:
            write("<!--%s-->" % escape_cdata(text))
        elif tag is self.pi:
            write("<?%s?>" % escape_cdata(text))
        else:
            tag = self.qnames[tag.text if isinstance(tag, self.qname_type) else tag]
            if tag is None:
                if text:
                    write(escape_cdata(text))
                for child in elem:
                    self.html(child)
            else:
                write("<" + tag)
                self._attributes(elem, namespaces, escape_attrib_html)
                write(">")
                ltag = tag.lower()
                if text:
                    if ltag in ("script", "style"):
                        write(text)
                    else:
                        write(escape_cdata(text))
                for child in elem:
                    self.html(child)
                if ltag not in HTML_EMPTY:
                    write("</" + tag + ">")
        if elem.tail:
            write(escape_cdata(elem.tail))
