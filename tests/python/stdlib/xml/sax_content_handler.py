# xml.sax: ContentHandler events, character data pieces, errors, namespaces.
import io
import xml.sax
from xml.sax.handler import feature_namespaces


class Printer(xml.sax.ContentHandler):
    def setDocumentLocator(self, locator):
        self.locator = locator
    def startDocument(self):
        print("startDocument")
    def endDocument(self):
        print("endDocument")
    def startElement(self, name, attrs):
        print("start", name, list(attrs.items()), attrs.getLength(), attrs.get("id"))
    def endElement(self, name):
        print("end", name)
    def characters(self, content):
        print("chars", repr(content))
    def processingInstruction(self, target, data):
        print("pi", target, data)


doc = (b'<?xml version="1.0"?><!--x--><a xmlns:q="u" q:x="1" id="7">line1\nline2 &amp; &#65;x'
       b'<![CDATA[cd\nata]]>\n\n  <b/>\r\n<?p d?></a>')
xml.sax.parseString(doc, Printer())
xml.sax.parse(io.BytesIO(b"<r><i>1</i><i>2</i></r>"), Printer())
xml.sax.parseString("<s>text as str \u00e9</s>", Printer())
try:
    xml.sax.parseString(b"<a>\n<b></a>", Printer())
except xml.sax.SAXParseException as e:
    print(type(e).__name__, e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getSystemId())
print(issubclass(xml.sax.SAXParseException, xml.sax.SAXException))


class NS(xml.sax.ContentHandler):
    def startPrefixMapping(self, prefix, uri):
        print("prefix", prefix, uri)
    def endPrefixMapping(self, prefix):
        print("end prefix", prefix)
    def startElementNS(self, name, qname, attrs):
        print("startNS", name, list(attrs.items()), attrs.getQNames())
    def endElementNS(self, name, qname):
        print("endNS", name)


parser = xml.sax.make_parser()
parser.setFeature(feature_namespaces, True)
parser.setContentHandler(NS())
parser.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:p="urn:p"><p:c p:k="v" k="w"/></r>'))
print(parser.getFeature(feature_namespaces))
try:
    parser.setFeature("http://example.com/unknown", True)
except xml.sax.SAXNotRecognizedException as e:
    print("SAXNotRecognizedException", e)


class Collect(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []
        self.text = []
    def startElement(self, name, attrs):
        self.names.append(name)
    def characters(self, content):
        self.text.append(content)


c = Collect()
xml.sax.parseString(b"<list><item>a</item><item>b &lt; c</item></list>", c)
print(c.names, "".join(c.text))
