# Parsing a document: tags, attributes, text, tail, children, references.
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<library name="city" open='yes'>
  <!-- a comment is dropped by default -->
  <book id="1" lang="en">Dune<note>classic</note> tail text</book>
  <book id="2">&lt;Neuromancer&gt; &amp; &#65;&#x42; &quot;q&quot; &apos;a&apos;</book>
  <empty/>
  <cdata><![CDATA[<not> & markup]]></cdata>
  <?target some data?>
</library>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text))
print(len(root), [c.tag for c in root])
b1 = root[0]
print(b1.get("id"), b1.get("missing"), b1.get("missing", "dflt"))
print(repr(b1.text), repr(b1[0].text), repr(b1[0].tail), repr(b1.tail))
print(repr(root[1].text))
print(repr(root[3].text))
print(sorted(b1.keys()), sorted(b1.items()))
print(root[-1].tag, [e.tag for e in root[1:3]])
print(ET.iselement(root), ET.iselement("x"))
print(list(root.itertext())[:4])
print([e.tag for e in root.iter()])
print([e.get("id") for e in root.iter("book")])
root2 = ET.XML("<a>line1\r\nline2\rline3<b x='tab\there&#10;nl'/></a>")
print(repr(root2.text), repr(root2[0].get("x")))
print(ET.fromstringlist(["<r", "oot>hi</", "root>"]).text)
print(ET.fromstring(b"<?xml version='1.0' encoding='latin-1'?><a>\xe9t\xe9</a>").text)
print(ET.fromstring("<a>\u00e9\u4e2d\U0001f600</a>".encode("utf-8")).text)
print(ET.fromstring(b'\xef\xbb\xbf<a>bom</a>').text)
