# xml.dom.minidom: parsing and navigating a document.
from xml.dom import minidom, Node

doc = minidom.parseString("""<?xml version="1.0"?>
<!-- top comment -->
<catalog xmlns:x="urn:x" version="2">
  <item id="a1" x:flag="yes">Widget &amp; co</item>
  <item id="b2"><![CDATA[<raw>]]> after</item>
  <x:extra/>
  <?render fast?>
</catalog>""")
root = doc.documentElement
print(root.tagName, root.nodeName, root.nodeType == Node.ELEMENT_NODE)
print(root.getAttribute("version"), repr(root.getAttribute("missing")), root.hasAttribute("version"))
print(root.attributes.items(), root.attributes.length)
print([n.nodeType for n in root.childNodes])
print([n.nodeName for n in root.childNodes])
items = doc.getElementsByTagName("item")
print(len(items), items.length, [i.getAttribute("id") for i in items])
first = items[0]
print(repr(first.firstChild.data), first.firstChild.nodeValue == first.firstChild.data)
print(first.getAttributeNode("x:flag").value, first.attributes["x:flag"].namespaceURI)
second = items[1]
print([(n.nodeName, n.data) for n in second.childNodes])
extra = root.getElementsByTagName("x:extra")[0]
print(extra.prefix, extra.localName, extra.namespaceURI)
print(first.parentNode is root, first.nextSibling.nodeType, first.previousSibling.nodeType)
print(root.lastChild.nodeType, root.firstChild.nodeName)
print([n.nodeName for n in doc.childNodes])
print(doc.childNodes[0].data, doc.nodeName, doc.firstChild.nodeType == Node.COMMENT_NODE)
pi = [n for n in root.childNodes if n.nodeType == Node.PROCESSING_INSTRUCTION_NODE][0]
print(pi.target, pi.data, pi.nodeName)
print([e.tagName for e in doc.getElementsByTagName("*")])
print(repr(first.firstChild), repr(doc.createTextNode("a much longer text")))
print(repr(doc.createComment("c")), repr(root).startswith("<DOM Element: catalog at 0x"))
doc2 = minidom.parseString(b"<r><a>1</a><a>2</a></r>")
print([a.firstChild.data for a in doc2.getElementsByTagName("a")])
try:
    minidom.parseString("<r><a></r>")
except Exception as e:
    print(type(e).__name__, e)
from xml.parsers.expat import ExpatError
try:
    minidom.parseString("<r>\n<a x='1' x='2'/></r>")
except ExpatError as e:
    print(e.code, e.lineno, e.offset)
